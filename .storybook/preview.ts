import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, normaliseLocale } from '@cydran/i18n';
import '../packages/components/src/cydran.css';
// Defines every element, as dist/cydran.js does on a real page.
import '../packages/components/src/all.js';
// Descriptions, types and defaults of every attribute, property and event, for
// the Controls panel and each component's docs page (generated from the props specs).
import manifest from '../packages/components/custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Puts every story inside an element carrying the toolbar's language, and
 * gives the page the same `lang`. Components follow the `lang` of their
 * ancestors live, so switching the toolbar switches the story in place,
 * keeping anything typed into it.
 *
 * In the canvas the root is a `<main>`: a component normally sits in a page's
 * main landmark, and with the root a landmark axe's `region` rule can stay on.
 * Stories of page-level pieces that bring their own landmarks (header,
 * footer, whole pages) set `parameters.cydran.ownLandmarks: true`. Docs pages
 * show many stories at once, so there the root is a plain `<div>`.
 */
const withLanguage: Decorator = (story, context) => {
  const locale = normaliseLocale(context.globals.locale as string | undefined);
  document.documentElement.lang = locale;
  const ownLandmarks = (context.parameters.cydran as { ownLandmarks?: boolean } | undefined)?.ownLandmarks === true;
  if (context.viewMode === 'docs' || ownLandmarks) {
    return html`<div class="cyd-story-root" data-cyd-story-root lang=${locale}>${story()}</div>`;
  }
  return html`<main class="cyd-story-root" data-cyd-story-root lang=${locale}>${story()}</main>`;
};

const preview: Preview = {
  decorators: [withLanguage],
  // A docs page for every component, from its stories and the manifest.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the story (sets lang on its root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((locale) => ({ value: locale, title: LANGUAGE_NAMES[locale], right: locale })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: DEFAULT_LOCALE },
  parameters: {
    a11y: {
      // Violations fail the story in test runs, not just show in the panel.
      test: 'error',
      // The addon turns off axe's `region` rule for every story; the project
      // never switches a rule off globally, and the `<main>` root above
      // satisfies it.
      config: { rules: [{ id: 'region', enabled: true }] },
    },
    viewport: {
      options: {
        narrow320: { name: 'Narrow phone (320px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone375: { name: 'Phone (375px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        tablet768: { name: 'Tablet (768px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop1280: { name: 'Desktop (1280px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Introduction', 'Getting started', 'Welsh language', 'Theming', 'Accessibility', 'Patterns', ['Overview', '*'], 'Components', 'Forms', '*'],
      },
    },
  },
};

export default preview;
