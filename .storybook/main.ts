import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

// Telemetry tries the network on every run; on machines without general
// internet access that makes a build several times slower. The npm scripts
// also pass --disable-telemetry; this covers anyone who runs `storybook`
// directly.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

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
    };
    return viteConfig;
  },
};

export default config;
