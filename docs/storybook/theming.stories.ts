import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { type Locale, normaliseLocale } from '@cydran/i18n';
import { type ColourName, auditContrast, colour, colourProperty } from '@cydran/tokens';

/**
 * Two fictional organisations' themes, as docs/theming.md describes them:
 * each is only custom properties set on a wrapper (a theme for part of a
 * page works the same way as one on :root). The colours are the ones the
 * guide gives and `auditContrast` passes them; the story says so, so a
 * colour edited here that fails shows at once.
 */
interface Theme {
  name: { en: string; cy: string };
  service: { en: string; cy: string };
  done: { en: string; cy: string };
  field: { name: string; label: { en: string; cy: string }; hint?: { en: string; cy: string } };
  colours: Partial<Record<ColourName, string>>;
  font?: string;
}

const COUNCIL: Theme = {
  name: { en: 'Gwernyfed County Council', cy: 'Cyngor Sir Gwernyfed' },
  service: { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded barcio' },
  done: { en: 'Application complete', cy: 'Cais wedi’i gwblhau' },
  field: { name: 'council-postcode', label: { en: 'Postcode', cy: 'Cod post' } },
  colours: {
    brand: '#5c0f2e',
    brandText: '#ffffff',
    link: '#7a1f4c',
    linkHover: '#4a0d2b',
    linkVisited: '#4b2a73',
    buttonPrimaryBackground: '#00654a',
    panelBackground: '#00654a',
  },
  font: '"Gwernyfed Sans", system-ui, sans-serif',
};

const HEALTH_BOARD: Theme = {
  name: { en: 'Gwernyfed University Health Board', cy: 'Bwrdd Iechyd Prifysgol Gwernyfed' },
  service: { en: 'Book an appointment', cy: 'Trefnu apwyntiad' },
  done: { en: 'Appointment booked', cy: 'Apwyntiad wedi’i drefnu' },
  field: {
    name: 'health-nhs-number',
    label: { en: 'NHS number', cy: 'Rhif GIG' },
    hint: { en: 'This is a 10 digit number, like 999 123 4567', cy: 'Rhif 10 digid yw hwn, fel 999 123 4567' },
  },
  colours: {
    brand: '#00594f',
    brandText: '#ffffff',
    link: '#005a8c',
    linkHover: '#003d5f',
    linkVisited: '#4b2a73',
    buttonPrimaryBackground: '#00594f',
    panelBackground: '#00594f',
  },
};

const COLOUR_NAMES = Object.keys(colour).filter((name): name is ColourName => name in colour);

function themeStyle(theme: Theme): Record<string, string> {
  const style: Record<string, string> = {};
  for (const name of COLOUR_NAMES) {
    const value = theme.colours[name];
    if (value) style[colourProperty(name)] = value;
  }
  if (theme.font) style['--cyd-font-family'] = theme.font;
  return style;
}

const PASSES = {
  en: (pairs: number) => `All ${pairs} colour pairs pass WCAG AA contrast (auditContrast).`,
  cy: (pairs: number) => `Mae pob un o’r ${pairs} pâr o liwiau’n bodloni cyferbyniad WCAG AA (auditContrast).`,
};

function sample(theme: Theme, locale: Locale) {
  const audit = auditContrast(theme.colours);
  const failing = audit.filter((pair) => !pair.passes);
  const bar = {
    background: 'var(--cyd-colour-brand)',
    color: 'var(--cyd-colour-brand-text)',
    padding: 'var(--cyd-space-3)',
    fontWeight: 'var(--cyd-font-weight-bold)',
  };
  return html`<section class="theme-sample" style=${styleMap({ ...themeStyle(theme), fontFamily: 'var(--cyd-font-family)' })}>
    <div style=${styleMap(bar)}>${theme.name[locale]}</div>
    <div style=${styleMap({ padding: 'var(--cyd-space-3)' })}>
      <h2 class="cyd-heading-l">${theme.service[locale]}</h2>
      <cyd-text-input
        name=${theme.field.name}
        label=${theme.field.label.en}
        label-cy=${theme.field.label.cy}
        hint=${theme.field.hint?.en ?? ''}
        hint-cy=${theme.field.hint?.cy ?? ''}
        width="10"
        autocomplete="off"
      ></cyd-text-input>
      <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
      <p class="cyd-body"><a class="cyd-link" href="#contact">${locale === 'cy' ? 'Cysylltu â ni' : 'Contact us'}</a></p>
      <cyd-panel title-text=${theme.done.en} title-text-cy=${theme.done.cy} reference="HDJ2123F"></cyd-panel>
      <p class="cyd-body">
        ${failing.length === 0 ? PASSES[locale](audit.length) : failing.map((pair) => `${pair.foreground}/${pair.background} ${pair.ratio.toFixed(2)}:1`).join(', ')}
      </p>
    </div>
  </section>`;
}

const localeOf = (globals: Record<string, unknown>): Locale => normaliseLocale(String(globals.locale ?? 'en'));

const meta = {
  title: 'Theming',
  // The Theming page (theming.mdx) is this file's docs page.
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A council and a health board, each with its own colours, side by side (one above the other on a narrow screen). */
export const SideBySide: Story = {
  name: 'Council and health board',
  render: (_args, { globals }) => html`<div
    style=${styleMap({ display: 'grid', gap: 'var(--cyd-space-4)', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))' })}
  >
    ${sample(COUNCIL, localeOf(globals))} ${sample(HEALTH_BOARD, localeOf(globals))}
  </div>`,
};

/** Gwernyfed County Council: plum header and links, green buttons and panel, its own font first. */
export const Council: Story = { render: (_args, { globals }) => sample(COUNCIL, localeOf(globals)) };

/** Gwernyfed University Health Board: teal header, buttons and panel, blue links. */
export const HealthBoard: Story = { name: 'Health board', render: (_args, { globals }) => sample(HEALTH_BOARD, localeOf(globals)) };
