import { colour as defaultColours, type ColourName } from './tokens.js';

/**
 * What a pair of colours is used for decides the WCAG 2.x minimum:
 * - `text`: any text, held to 4.5:1 (1.4.3) whatever its size, so a
 *   component never has to ask whether its text counts as "large";
 * - `non-text`: borders of controls and focus indicators, 3:1 (1.4.11).
 */
export type ContrastKind = 'text' | 'non-text';

export const minimumRatio: Record<ContrastKind, number> = {
  text: 4.5,
  'non-text': 3,
};

export interface ContrastPair {
  readonly foreground: ColourName;
  readonly background: ColourName;
  readonly kind: ContrastKind;
  /** Where components put this foreground on this background. */
  readonly usage: string;
}

const text = (foreground: ColourName, background: ColourName, usage: string): ContrastPair => ({
  foreground,
  background,
  kind: 'text',
  usage,
});
const nonText = (foreground: ColourName, background: ColourName, usage: string): ContrastPair => ({
  foreground,
  background,
  kind: 'non-text',
  usage,
});

/**
 * Every foreground/background pair that components and base.css draw.
 * A theme must keep each at its minimum; add a pair here whenever a component
 * puts a token colour on a token surface in a new way.
 */
export const contrastPairs: readonly ContrastPair[] = [
  text('text', 'background', 'body text, labels, legends, typed input text'),
  text('text', 'templateBackground', 'body text on the page edges and footer'),
  text('secondaryText', 'background', 'hint text'),
  text('secondaryText', 'templateBackground', 'supporting text in the footer'),
  text('link', 'background', 'links'),
  text('link', 'templateBackground', 'footer links'),
  text('linkVisited', 'background', 'visited links'),
  text('linkVisited', 'templateBackground', 'visited footer links'),
  text('linkHover', 'background', 'hovered links'),
  text('linkHover', 'templateBackground', 'hovered footer links'),
  text('linkActive', 'background', 'pressed links'),
  text('error', 'background', 'error messages and the error summary'),
  text('error', 'templateBackground', 'error messages outside a content surface'),
  text('success', 'background', 'success messages'),
  text('focusText', 'focus', 'focused links and focused buttons'),
  text('brandText', 'brand', 'service name and links in the header'),
  text('buttonPrimaryText', 'buttonPrimaryBackground', 'primary button label'),
  text('buttonSecondaryText', 'buttonSecondaryBackground', 'secondary button label'),
  text('buttonWarningText', 'buttonWarningBackground', 'warning button label'),
  text('panelText', 'panelBackground', 'confirmation panel'),
  text('tagBlueText', 'tagBlueBackground', 'blue status tag'),
  text('tagGreyText', 'tagGreyBackground', 'grey status tag'),
  text('tagGreenText', 'tagGreenBackground', 'green status tag'),
  text('tagTurquoiseText', 'tagTurquoiseBackground', 'turquoise status tag'),
  text('tagLightBlueText', 'tagLightBlueBackground', 'light blue status tag'),
  text('tagPurpleText', 'tagPurpleBackground', 'purple status tag'),
  text('tagPinkText', 'tagPinkBackground', 'pink status tag'),
  text('tagRedText', 'tagRedBackground', 'red status tag'),
  text('tagOrangeText', 'tagOrangeBackground', 'orange status tag'),
  text('tagYellowText', 'tagYellowBackground', 'yellow status tag'),
  nonText('inputBorder', 'background', 'text input, select and textarea borders'),
  nonText('error', 'background', 'error border of an input and the error bar of a form group'),
  nonText('border', 'background', 'dividers and card edges'),
  nonText('border', 'templateBackground', 'dividers on the page edges'),
  // The yellow focus colour is only ~1.4:1 on white, so on light surfaces the
  // dark focus-text edge (link underline, inner ring of a control) carries 3:1…
  nonText('focusText', 'background', 'dark edge of a focus indicator on a content surface'),
  nonText('focusText', 'templateBackground', 'dark edge of a focus indicator on the page edges'),
  nonText('focus', 'focusText', 'yellow focus ring against its own dark edge'),
  // …and on dark surfaces the yellow itself does.
  nonText('focus', 'brand', 'focus ring on the header'),
  nonText('focus', 'buttonPrimaryBackground', 'focus ring around a primary button'),
  nonText('focus', 'panelBackground', 'focus ring on a link in the confirmation panel'),
];

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  // sRGB transfer function as WCAG 2.x defines it (0.03928 is WCAG's threshold).
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) {
    throw new TypeError(`Expected a #rrggbb colour, got "${hex}"`);
  }
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, 1 to 21; order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export interface ContrastResult extends ContrastPair {
  readonly ratio: number;
  readonly minimum: number;
  readonly passes: boolean;
}

/**
 * Checks every contrast pair for a theme: the default colours with any
 * overrides applied. A council can run this on its brand colours before
 * shipping them; the failing pairs are the ones with `passes: false`.
 */
export function auditContrast(overrides: Partial<Record<ColourName, string>> = {}, pairs: readonly ContrastPair[] = contrastPairs): ContrastResult[] {
  const colours: Record<ColourName, string> = { ...defaultColours, ...overrides };
  return pairs.map((pair) => {
    const ratio = contrastRatio(colours[pair.foreground], colours[pair.background]);
    const minimum = minimumRatio[pair.kind];
    return { ...pair, ratio, minimum, passes: ratio >= minimum };
  });
}
