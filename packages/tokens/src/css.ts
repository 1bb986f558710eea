import { tokens as defaultTokens, type Responsive, type Tokens } from './tokens.js';

/** One custom property on `:root`; `tablet` is its value from the tablet breakpoint up. */
export interface CustomProperty {
  readonly name: `--cyd-${string}`;
  readonly value: string;
  readonly tablet?: string;
}

function kebab(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function property(group: string, key: string, value: string): CustomProperty {
  return { name: `--cyd-${group}${key ? `-${kebab(key)}` : ''}`, value };
}

function responsive(group: string, key: string, value: Responsive): CustomProperty {
  return { ...property(group, key, value.mobile), tablet: value.tablet };
}

/** The CSS name of a colour token, e.g. `linkVisited` → `--cyd-colour-link-visited`. */
export function colourProperty(name: keyof Tokens['colour']): `--cyd-${string}` {
  return `--cyd-colour-${kebab(name)}`;
}

/** Every token as the custom property that carries it, in stylesheet order. */
export function customProperties(tokens: Tokens = defaultTokens): CustomProperty[] {
  const font = tokens.font;
  return [
    ...Object.entries(tokens.colour).map(([key, value]) => property('colour', key, value)),
    ...tokens.space.map((value, step) => property('space', String(step), value)),
    property('font-family', '', font.family),
    property('font-weight', 'regular', font.weightRegular),
    property('font-weight', 'semibold', font.weightSemibold),
    property('font-weight', 'bold', font.weightBold),
    ...Object.entries(tokens.fontSize).map(([key, value]) => responsive('font-size', key, value)),
    ...Object.entries(tokens.lineHeight).map(([key, value]) => property('line-height', key, value)),
    property('focus-width', '', tokens.focus.width),
    // `default` is the plain name: `--cyd-border-width`, then `--cyd-border-width-input`…
    ...Object.entries(tokens.borderWidth).map(([key, value]) => property('border-width', key === 'default' ? '' : key, value)),
    ...Object.entries(tokens.size).map(([key, value]) => property('size', key, value)),
    ...Object.entries(tokens.breakpoint).map(([key, value]) => property('breakpoint', key, value)),
  ];
}

/** The text of `tokens.css`. */
export function renderTokensCss(tokens: Tokens = defaultTokens): string {
  const properties = customProperties(tokens);
  const declare = (name: string, value: string) => `  ${name}: ${value};`;
  const responsiveProperties = properties.filter((p) => p.tablet !== undefined);
  return [
    '/*',
    ' * Cydran design tokens: the default theme.',
    ' * GENERATED from packages/tokens/src/tokens.ts by `npm run write-css -w @cydran/tokens`.',
    ' * Do not edit by hand; to rebrand, override these properties in your own',
    ' * stylesheet (see docs/theming.md).',
    ' *',
    ' * The --cyd-breakpoint-* values are for reference: var() cannot be used in',
    ` * @media conditions, so stylesheets write ${tokens.breakpoint.tablet} and ${tokens.breakpoint.desktop} literally.`,
    ' */',
    ':root {',
    ...properties.map((p) => declare(p.name, p.value)),
    '}',
    '',
    `@media (min-width: ${tokens.breakpoint.tablet}) {`,
    '  :root {',
    ...responsiveProperties.map((p) => `  ${declare(p.name, p.tablet ?? p.value)}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
