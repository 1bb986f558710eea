import type { StorybookConfig } from '@storybook/web-components-vite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Alias, type AliasOptions, defaultClientConditions } from 'vite';

// Telemetry tries the network on every run; on machines without general
// internet access that makes a build several times slower. The npm scripts
// also pass --disable-telemetry; this covers anyone who runs `storybook`
// directly.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url));
/** Each Lit package's production module, and its subpaths (a package's root holds the production build). */
const LIT_PRODUCTION_MODULES: Alias[] = [
  ['lit-html', 'lit-html.js'],
  ['lit-element', 'index.js'],
  ['@lit/reactive-element', 'reactive-element.js'],
].flatMap(([name, main]) => [
  { find: new RegExp(`^${name}$`), replacement: join(nodeModules, name!, main!) },
  { find: new RegExp(`^${name}/(.+)$`), replacement: join(nodeModules, name!, '$1') },
]);

function aliasEntries(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}
/** The Lit modules the stories, the components and Storybook's renderer import. */
const LIT_ENTRY_POINTS = [
  'lit',
  'lit/directive.js',
  'lit/directive-helpers.js',
  'lit/static-html.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'lit/directives/live.js',
  'lit/directives/ref.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  'lit/directives/unsafe-html.js',
];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // The site's own pages (docs/storybook/*.mdx) first, so Storybook opens on
  // the introduction; every component's docs page comes from its stories
  // and the custom-elements manifest (preview.ts). The stories next to the
  // pages are the examples the Theming page shows.
  stories: ['../docs/storybook/*.mdx', '../docs/storybook/*.stories.ts', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Workspace packages export their TypeScript under the `source`
    // condition, so stories run the code being edited, not a stale dist/.
    // Setting conditions replaces Vite's defaults, so keep them after it.
    const conditions = viteConfig.resolve?.conditions ?? defaultClientConditions;
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', ...conditions.filter((condition) => condition !== 'source')],
      // Lit's production modules, in `storybook dev` as in `storybook build`.
      // Its packages send the `development` condition to a build that warns
      // "Lit is in dev mode" on every story, and the dev server keeps that
      // condition whatever resolve.conditions says (Storybook's own plugins
      // add it back), so the modules are named by path. Cydran's own
      // developer checks do not depend on it (internal/dev-mode.ts).
      alias: [...aliasEntries(viteConfig.resolve?.alias), ...LIT_PRODUCTION_MODULES],
      // One copy of each Lit package whoever imports it.
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    };
    // Storybook's web-components renderer imports `lit/directive-helpers.js`,
    // which the dev server would otherwise serve unbundled next to the
    // pre-bundled `lit`: two copies of lit-html, and "Multiple versions of
    // Lit loaded". Pre-bundling every Lit entry point used keeps one.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...LIT_ENTRY_POINTS],
    };
    return viteConfig;
  },
};

export default config;
