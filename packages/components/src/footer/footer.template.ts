import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { asRegionContent, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { footerMessages } from './footer.messages.js';

/** The attribute that puts an author's child in one of the footer's regions. */
export const FOOTER_REGION_ATTRIBUTE = 'data-region';

/** Where author content can go: `<div data-region="navigation">…</div>`. */
export const FOOTER_REGIONS = ['navigation', 'meta', 'licence'] as const;

/** A link of the footer: its address (per language if they differ) and words. */
export interface FooterLink {
  href: Text;
  text: Text;
}

/** A column of links under a heading (GOV.UK's `navigation` sections). */
export interface FooterColumn {
  heading: Text;
  links: FooterLink[];
  /** How many columns its links flow into on wide screens: 1 (default), 2 or 3. */
  columns?: number;
}

/** The built-in meta links, in the order they show, each shown only when its address is given. */
const META_LINKS = ['accessibility', 'cookies', 'privacy', 'contact'] as const;

export const footerProps = {
  /** The accessibility statement: shows "Accessibility statement" / "Datganiad hygyrchedd". */
  accessibilityHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The cookies page: shows "Cookies" / "Cwcis". */
  cookiesHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The privacy notice: shows "Privacy" / "Preifatrwydd". */
  privacyHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The contact page: shows "Contact us" / "Cysylltu â ni". */
  contactHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** More meta links, after the built-in ones: `[{"href":"/sitemap","text":{"en":"Sitemap","cy":"…"}}]`. */
  metaLinks: { kind: 'json', default: undefined as FooterLink[] | undefined },
  /** A visually hidden heading for the meta links (GOV.UK's `visuallyHiddenTitle`). */
  metaHeading: { kind: 'text' },
  /** Text under the meta links (GOV.UK's `meta.text`). */
  metaText: { kind: 'text' },
  /** The organisation's copyright line, e.g. "© Gwernyfed County Council". No default: there is no Crown copyright here. */
  copyright: { kind: 'text' },
  /** Makes the copyright line a link (to the organisation's copyright page). */
  copyrightHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The licence the content is under, as text (GOV.UK's `contentLicence`; no default licence). */
  licence: { kind: 'text' },
  /** Columns of links under headings: `[{"heading":{…},"links":[{"href":"…","text":{…}}],"columns":2}]`. */
  columns: { kind: 'json', default: undefined as FooterColumn[] | undefined },
} as const satisfies PropSpec;

export type FooterProps = Props<typeof footerProps>;

function linkTemplate(link: FooterLink, locale: Locale): TemplateResult {
  return html`<a class="cyd-footer__link cyd-link" href=${resolveText(link.href, locale)}>${textIn(link.text, locale)}</a>`;
}

const hrefProp = {
  accessibility: 'accessibilityHref',
  cookies: 'cookiesHref',
  privacy: 'privacyHref',
  contact: 'contactHref',
} as const satisfies Record<(typeof META_LINKS)[number], keyof FooterProps>;

/** The meta links to show: each built-in one whose address is given, then the author's. */
export function metaLinksOf(p: FooterProps, locale: Locale): TemplateResult[] {
  const words = footerMessages[locale];
  const builtIn = META_LINKS.filter((key) => resolveText(p[hrefProp[key]], locale) !== '').map(
    (key) => html`<a class="cyd-footer__link cyd-link" href=${resolveText(p[hrefProp[key]], locale)}>${words[key]}</a>`,
  );
  const extra = (Array.isArray(p.metaLinks) ? p.metaLinks : []).filter((link) => link && typeof link === 'object').map((link) => linkTemplate(link, locale));
  return [...builtIn, ...extra];
}

function columnTemplate(column: FooterColumn, locale: Locale): TemplateResult {
  const count = column.columns === 2 || column.columns === 3 ? column.columns : 1;
  const links = Array.isArray(column.links) ? column.links : [];
  return html`<div class="cyd-footer__section">
    <h2 class="cyd-footer__heading">${textIn(column.heading, locale)}</h2>
    <ul class="cyd-footer__list${count > 1 ? ` cyd-footer__list--columns-${count}` : ''}">
      ${links.map((link) => html`<li class="cyd-footer__list-item">${linkTemplate(link, locale)}</li>`)}
    </ul>
  </div>`;
}

export const footerDefinition = defineComponent({
  tag: 'cyd-footer',
  props: footerProps,
  regionAttribute: FOOTER_REGION_ATTRIBUTE,
  regionHint: 'Give each child data-region="navigation", "meta" or "licence".',
  template(p, locale, content) {
    const { regions } = asRegionContent(content);
    const columns = (Array.isArray(p.columns) ? p.columns : []).filter((column) => column && typeof column === 'object');
    const hasNavigation = columns.length > 0 || regions.has('navigation');
    const meta = metaLinksOf(p, locale);
    const metaHeading = textIn(p.metaHeading, locale);
    const metaText = textIn(p.metaText, locale);
    const licence = textIn(p.licence, locale);
    const copyright = textIn(p.copyright, locale);
    const copyrightHref = resolveText(p.copyrightHref, locale);
    return html`<footer class="cyd-footer" data-cyd-root>
      <div class="cyd-footer__container">
        ${
          hasNavigation
            ? html`<div class="cyd-footer__navigation">
                ${columns.map((column) => columnTemplate(column, locale))}
                ${regions.has('navigation') ? html`<div class="cyd-footer__navigation-content" data-cyd-content="navigation">${regions.get('navigation')}</div>` : nothing}
              </div>
              <hr class="cyd-footer__section-break">`
            : nothing
        }
        <div class="cyd-footer__meta">
          <div class="cyd-footer__meta-item cyd-footer__meta-item--grow">
            ${metaHeading ? html`<h2 class="cyd-visually-hidden">${metaHeading}</h2>` : nothing}
            ${meta.length ? html`<ul class="cyd-footer__inline-list">${meta.map((link) => html`<li class="cyd-footer__inline-list-item">${link}</li>`)}</ul>` : nothing}
            ${regions.has('meta') ? html`<div class="cyd-footer__meta-content" data-cyd-content="meta">${regions.get('meta')}</div>` : nothing}
            ${metaText ? html`<div class="cyd-footer__meta-text">${metaText}</div>` : nothing}
            ${
              regions.has('licence')
                ? html`<div class="cyd-footer__licence" data-cyd-content="licence">${regions.get('licence')}</div>`
                : licence
                  ? html`<p class="cyd-footer__licence">${licence}</p>`
                  : nothing
            }
          </div>
          ${
            copyright
              ? html`<div class="cyd-footer__meta-item cyd-footer__copyright">${copyrightHref ? html`<a class="cyd-footer__link cyd-link" href=${copyrightHref}>${copyright}</a>` : copyright}</div>`
              : nothing
          }
        </div>
      </div>
    </footer>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.copyright && !p.licence && metaLinksOf(p, 'en').length === 0 && !p.columns) {
          problems.push(
            '<cyd-footer> has nothing to show. Give the meta links’ addresses (accessibility-href, cookies-href, privacy-href, contact-href) and your organisation’s copyright="© …" copyright-cy="© …".',
          );
        }
        if (p.metaLinks !== undefined && !Array.isArray(p.metaLinks)) {
          problems.push('<cyd-footer>: meta-links must be a JSON list: meta-links=\'[{"href":"/sitemap","text":{"en":"Sitemap","cy":"…"}}]\'.');
        }
        if (p.columns !== undefined && !Array.isArray(p.columns)) {
          problems.push(
            '<cyd-footer>: columns must be a JSON list: columns=\'[{"heading":{"en":"…","cy":"…"},"links":[{"href":"…","text":{"en":"…","cy":"…"}}]}]\'.',
          );
        }
        for (const [index, column] of (Array.isArray(p.columns) ? p.columns : []).entries()) {
          if (!column || !column.heading)
            problems.push(`<cyd-footer>: column ${index + 1} in columns has no heading. Give it "heading": {"en": "…", "cy": "…"}.`);
          if (column && column.columns !== undefined && ![1, 2, 3].includes(column.columns)) {
            problems.push(`<cyd-footer>: column ${index + 1} in columns has "columns": ${JSON.stringify(column.columns)}. Use 1, 2 or 3.`);
          }
        }
        for (const [index, link] of [
          ...(Array.isArray(p.metaLinks) ? p.metaLinks : []),
          ...(Array.isArray(p.columns) ? p.columns.flatMap((c) => (c && Array.isArray(c.links) ? c.links : [])) : []),
        ].entries()) {
          if (!link || !resolveText(link.href, 'en') || !resolveText(link.text, 'en')) {
            problems.push(`<cyd-footer>: link ${index + 1} (meta-links, then columns) needs both "href" and "text".`);
          }
        }
        return problems;
      }
    : undefined,
});
