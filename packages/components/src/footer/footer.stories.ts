import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { normaliseLocale } from '@cydran/i18n';
import '../footer/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { footerDefinition, footerProps } from './footer.template.js';

type FooterArgs = StoryArgs<typeof footerProps> & {
  /** Story only: the licence as HTML with a link, in the licence region. */
  licenceHtml?: boolean;
};

const meta = {
  title: 'Components/Footer',
  component: 'cyd-footer',
  // The footer is the page's contentinfo landmark: not inside the story's <main>.
  parameters: { cydran: { ownLandmarks: true } },
  render: ({ licenceHtml, ...args }: FooterArgs, context) => {
    const welsh = normaliseLocale(context.globals.locale as string | undefined) === 'cy';
    const licence = licenceHtml
      ? welsh
        ? '<span data-region="licence">Mae’r holl gynnwys ar gael o dan y <a class="cyd-link" href="#licence">Drwydded Llywodraeth Agored v3.0</a>, oni nodir yn wahanol</span>'
        : '<span data-region="licence">All content is available under the <a class="cyd-link" href="#licence">Open Government Licence v3.0</a>, except where otherwise stated</span>'
      : '';
    // A new element per language when the story brings HTML in one language.
    return html`<main id="main-content"></main>${keyed(licenceHtml ? String(welsh) : 'one', elementFromArgs(footerDefinition, args, licence))}`;
  },
  args: {
    accessibilityHref: '#accessibility',
    cookiesHref: '#cookies',
    privacyHref: '#privacy',
    contactHref: '#contact',
    copyright: '© Gwernyfed County Council',
    copyrightCy: '© Cyngor Sir Gwernyfed',
  },
  argTypes: argTypesFor(footerProps),
} satisfies Meta<FooterArgs>;

export default meta;
type Story = StoryObj<FooterArgs>;

/** The four meta links every public body's site has, in the page's language, and the organisation's copyright. */
export const Default: Story = {};

/** Only the meta links whose address is given show. */
export const SomeMetaLinks: Story = {
  args: { accessibilityHref: undefined, contactHref: undefined },
};

/** More meta links from JSON, a hidden heading for them and text beneath. */
export const MoreMetaLinks: Story = {
  args: {
    metaLinks: [
      { href: '#sitemap', text: { en: 'Sitemap', cy: 'Map o’r wefan' } },
      { href: '#welsh-language', text: { en: 'Welsh Language Standards', cy: 'Safonau’r Gymraeg' } },
    ],
    metaText: 'Gwernyfed County Council, County Hall, Gwernyfed',
    metaTextCy: 'Cyngor Sir Gwernyfed, Neuadd y Sir, Gwernyfed',
  },
};

/** The licence the content is under, as text. */
export const WithLicence: Story = {
  args: {
    licence: 'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    licenceCy: 'Mae’r holl gynnwys ar gael o dan y Drwydded Llywodraeth Agored v3.0, oni nodir yn wahanol',
  },
};

/** The licence as HTML with a link, in the `licence` region. */
export const WithLicenceLink: Story = {
  args: { licenceHtml: true },
};

/** Columns of links under headings; the second flows into two columns on wide screens. */
export const WithColumns: Story = {
  args: {
    columns: [
      {
        heading: { en: 'Services', cy: 'Gwasanaethau' },
        links: [
          { href: '#bins', text: { en: 'Bins and recycling', cy: 'Biniau ac ailgylchu' } },
          { href: '#council-tax', text: { en: 'Council tax', cy: 'Treth gyngor' } },
          { href: '#parking', text: { en: 'Parking', cy: 'Parcio' } },
        ],
      },
      {
        heading: { en: 'About the council', cy: 'Am y cyngor' },
        columns: 2,
        links: [
          { href: '#councillors', text: { en: 'Councillors', cy: 'Cynghorwyr' } },
          { href: '#jobs', text: { en: 'Jobs', cy: 'Swyddi' } },
          { href: '#news', text: { en: 'News', cy: 'Newyddion' } },
          { href: '#contact', text: { en: 'Contact us', cy: 'Cysylltu â ni' } },
        ],
      },
    ],
  },
};

/** A copyright line that links to the organisation's copyright page. */
export const CopyrightLink: Story = {
  args: { copyrightHref: '#copyright' },
};
