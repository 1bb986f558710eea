/**
 * The page template: a whole HTML document around a service's page content,
 * the way GOV.UK Frontend's `template.njk` builds one. It writes `<cyd-…>`
 * tags (skip link, header, phase banner, back link or breadcrumbs, footer);
 * `renderPage` (render-page.ts) expands them with the server renderer, so
 * every piece comes from the same templates the browser uses and the page
 * works with JavaScript off. This module has no renderer dependency: the
 * browser can render `pageBodyMarkup` as it is.
 *
 *   renderPage({ lang: 'cy', title: 'Beth yw eich cyfeiriad?', serviceName: {...}, organisation: {...},
 *                alternates: { en: '/en/address', cy: '/cy/cyfeiriad' }, body: '<h1>…</h1>…' })
 *
 * See docs/guides/page-template.md and docs/adr/0012-page-template.md.
 */
import { colour } from '@cydran/tokens';
import { LOCALES, type Locale, type Text, isLocale, resolveText } from '@cydran/i18n';
import type { PropSpec } from '../internal/props.js';
import { attributeName } from '../internal/props.js';
import type { RenderOptions } from '../server/renderer.js';
import { type BackLinkProps, backLinkProps } from '../back-link/back-link.template.js';
import { type BreadcrumbsProps, breadcrumbsProps } from '../breadcrumbs/breadcrumbs.template.js';
import { type FooterProps, footerProps } from '../footer/footer.template.js';
import { type HeaderProps, headerProps } from '../header/header.template.js';
import { type PhaseBannerProps, phaseBannerProps } from '../phase-banner/phase-banner.template.js';
import { type ServiceNavigationProps, serviceNavigationProps } from '../service-navigation/service-navigation.template.js';
import { type SkipLinkProps, skipLinkProps } from '../skip-link/skip-link.template.js';
import { pageTemplateMessages } from './page-template.messages.js';

/** A component's properties as options: the same names and types as the element's properties. */
type ComponentOptions<P> = { [K in keyof P]?: P[K] | null };

/** A component's properties, plus the HTML to put inside it (its regions: `<img data-region="logo">`). */
type WithContent<P> = ComponentOptions<P> & { content?: string };

/** Extra attributes for an element the template writes itself (`<html>`, `<body>`, `<main>`). */
export type ElementAttributes = Record<string, string | number | boolean | null | undefined>;

export interface PageOptions {
  /** The page's language, `'en'` or `'cy'`: `<html lang>`, and every component's words. Required. */
  lang: Locale;
  /**
   * The page's own title, in the page's language (usually its `<h1>`).
   * Required. The document title is "Title – Service – Organisation".
   */
  title: Text;
  /** The service's name: in the document title and the header. A string, or `{ en, cy }`. */
  serviceName?: Text;
  /** The service's start page: the header's service name links to it. */
  serviceHref?: Text;
  /** The council's or health board's name: in the document title and the header. */
  organisation?: Text;
  /** The organisation's home page: the header's organisation name links to it. */
  organisationHref?: Text;
  /** The page shows errors (an error summary): the title starts "Error: " / "Gwall: ". */
  hasErrors?: boolean;
  /**
   * This page's address in each language, its own included:
   * `{ en: '/en/address', cy: '/cy/cyfeiriad' }`. Each becomes a
   * `<link rel="alternate" hreflang>`, and with two the header gets a
   * language toggle linking to the other one (unless `languageToggle: false`).
   */
  alternates?: Partial<Record<Locale, string>>;
  /** Put a language toggle in the header when `alternates` has both languages (default true). */
  languageToggle?: boolean;
  /** Stylesheet URLs, in order (`dist/cydran.css`, a theme, the service's own). */
  stylesheets?: string[];
  /** Module script URLs (`dist/cydran.js`, the service's own). Without any, the page is plain HTML and CSS. */
  scripts?: string[];
  /** `<meta name="theme-color">`; default the brand colour token. */
  themeColour?: string;
  /** A Content-Security-Policy nonce, put on every `<script>` and stylesheet `<link>` the template writes. */
  cspNonce?: string;
  /** Extra HTML for `<head>` (icons, meta tags, canonical link), written as it is. */
  head?: string;
  /** Extra attributes and classes. */
  htmlAttributes?: ElementAttributes;
  bodyAttributes?: ElementAttributes;
  mainAttributes?: ElementAttributes;
  /** The main content's language when it differs from the page's (GOV.UK `mainLang`). */
  mainLang?: Locale;
  /** The skip link (default: "Skip to main content" to `#main-content`); `false` leaves it out. */
  skipLink?: ComponentOptions<SkipLinkProps> | false;
  /** `<cyd-header>`'s properties and regions; `organisation`, `serviceName` and their hrefs default to the page's. `false`: no header. */
  header?: WithContent<HeaderProps> | false;
  /** `<cyd-service-navigation>` under the header (GOV.UK's service navigation). */
  serviceNavigation?: WithContent<ServiceNavigationProps>;
  /** `<cyd-phase-banner>`, inside the page's header landmark, under the header and navigation. */
  phaseBanner?: ComponentOptions<PhaseBannerProps>;
  /** `<cyd-back-link>`, before `<main>` (so the skip link skips it, as GOV.UK places it). */
  backLink?: ComponentOptions<BackLinkProps>;
  /** `<cyd-breadcrumbs>`, before `<main>`. Use one of back link and breadcrumbs. */
  breadcrumbs?: ComponentOptions<BreadcrumbsProps>;
  /** HTML after the back link or breadcrumbs, before `<main>` (GOV.UK's `beforeContent`). */
  beforeContent?: string;
  /** The page's content, inside `<main id="main-content">`: HTML, `<cyd-…>` tags included. */
  body: string;
  /** `<cyd-footer>`'s properties and regions. `false`: no footer. */
  footer?: WithContent<FooterProps> | false;
  /** HTML at the start and the end of `<body>` (GOV.UK's `bodyStart`, `bodyEnd`). */
  bodyStart?: string;
  bodyEnd?: string;
  /** Called with each developer mistake the components report (default: console.warn). */
  onProblem?: RenderOptions['onProblem'];
}

/** The separator of the document title's parts, as GOV.UK writes it. */
export const TITLE_SEPARATOR = ' – ';

function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** HTML attribute names this template will write (no spaces, quotes, `=`, `<`, `>`, `/`). */
function isAttributeName(name: string): boolean {
  if (name === '') return false;
  for (const character of name) {
    if (' "\'<>/=\t\n\f\r'.includes(character) || character.charCodeAt(0) < 0x20) return false;
  }
  return true;
}

function attributesHTML(attributes: ElementAttributes, option: string): string {
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!isAttributeName(name)) throw new TypeError(`renderPage: options.${option} has ${JSON.stringify(name)}, which is not an attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    written += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return written;
}

/**
 * A component's options as its HTML attributes, through its own props spec:
 * `{ serviceName: { en: 'Parking', cy: 'Parcio' } }` → `service-name-en="Parking" service-name-cy="Parcio"`.
 */
function componentAttributes(tag: string, spec: PropSpec, options: Record<string, unknown>, option: string): ElementAttributes {
  const attributes: ElementAttributes = {};
  for (const [prop, value] of Object.entries(options)) {
    if (prop === 'content') continue;
    const def = spec[prop];
    if (!def) {
      throw new TypeError(`renderPage: options.${option}.${prop} is not a property of <${tag}>. Its properties: ${Object.keys(spec).join(', ')}.`);
    }
    if (value === undefined || value === null || value === false) continue;
    const name = attributeName(prop, def);
    if (def.kind === 'boolean') attributes[name] = true;
    else if (def.kind === 'json') attributes[name] = JSON.stringify(value);
    else if (def.kind === 'text' && typeof value === 'object') {
      for (const locale of LOCALES) {
        const words = (value as Partial<Record<Locale, string>>)[locale];
        if (words != null) attributes[`${name}-${locale}`] = words;
      }
    } else attributes[name] = String(value);
  }
  return attributes;
}

function component(tag: string, spec: PropSpec, options: Record<string, unknown>, option: string, content = ''): string {
  return `<${tag}${attributesHTML(componentAttributes(tag, spec, options, option), option)}>${content}</${tag}>`;
}

function isText(value: unknown): value is Text {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && Object.entries(value).every(([key, words]) => isLocale(key) && typeof words === 'string');
}

/** Bad options are a developer's mistake: each error names the option and the fix. */
function check(options: PageOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError("renderPage: give the page's options, e.g. renderPage({ lang: 'en', title: 'What is your address?', body: '<h1>…</h1>' }).");
  }
  if (!isLocale(options.lang)) {
    throw new TypeError(
      `renderPage: options.lang is ${options.lang === undefined ? 'missing' : JSON.stringify(options.lang)}. Give the page's language, 'en' or 'cy' (it becomes <html lang> and chooses every component's words).`,
    );
  }
  if (isText(options.title) && typeof options.title === 'object' && !options.title[options.lang]?.trim()) {
    throw new TypeError(
      `renderPage: options.title has no '${options.lang}' text, so a ${options.lang === 'cy' ? 'Welsh' : 'English'} page would have a title in another language. Give title: { ${options.lang}: '…' } (or a string in the page's language).`,
    );
  }
  if (!isText(options.title) || resolveText(options.title, options.lang).trim() === '') {
    throw new TypeError(
      "renderPage: options.title is missing. Give the page's own title in the page's language, usually its <h1>: title: 'What is your address?' (the document title becomes \"What is your address? – Service – Organisation\").",
    );
  }
  if (typeof options.body !== 'string') {
    throw new TypeError(
      "renderPage: options.body is missing. Give the page's content as HTML (it goes inside <main id=\"main-content\">): body: '<h1>…</h1>'.",
    );
  }
  for (const name of ['serviceName', 'serviceHref', 'organisation', 'organisationHref'] as const) {
    if (options[name] !== undefined && !isText(options[name])) {
      throw new TypeError(`renderPage: options.${name} must be a string or { en, cy } of strings.`);
    }
  }
  if (options.mainLang !== undefined && !isLocale(options.mainLang)) {
    throw new TypeError(
      `renderPage: options.mainLang is ${JSON.stringify(options.mainLang)}. Give 'en' or 'cy', or leave it out when the main content is in the page's language.`,
    );
  }
  for (const [locale, href] of Object.entries(options.alternates ?? {})) {
    if (!isLocale(locale) || typeof href !== 'string' || href === '') {
      throw new TypeError(
        `renderPage: options.alternates must map 'en' and 'cy' to this page's address in that language, e.g. { en: '/en/address', cy: '/cy/cyfeiriad' }; ${JSON.stringify(locale)} is not.`,
      );
    }
  }
  if (options.backLink && options.breadcrumbs) {
    throw new TypeError(
      'renderPage: options.backLink and options.breadcrumbs are both given. A page has one or the other (GOV.UK: a back link in a journey, breadcrumbs on content pages); leave one out.',
    );
  }
}

/** The document title: "Error: Page – Service – Organisation", in the page's language. */
export function pageTitle(options: Pick<PageOptions, 'lang' | 'title' | 'serviceName' | 'organisation' | 'hasErrors'>): string {
  const lang = options.lang;
  const parts = [options.title, options.serviceName, options.organisation].map((part) => resolveText(part, lang).trim()).filter((part) => part !== '');
  const title = parts.join(TITLE_SEPARATOR);
  return options.hasErrors ? `${pageTemplateMessages[lang].errorPrefix} ${title}` : title;
}

/**
 * The inside of the page's `<body>`, with its `<cyd-…>` tags not yet
 * expanded: skip link, the banner (header, service navigation, phase
 * banner), the width container (back link or breadcrumbs, `<main>`), footer.
 * The browser can render it as it is (Storybook's example pages do); the
 * server expands it (`renderPage`).
 */
export function pageBodyMarkup(options: PageOptions): string {
  check(options);
  const alternates = alternatesOf(options);
  const body: string[] = [options.bodyStart ?? ''];
  if (options.skipLink !== false) body.push(component('cyd-skip-link', skipLinkProps, options.skipLink ?? {}, 'skipLink'));

  const banner: string[] = [];
  if (options.header !== false) {
    const { content = '', ...header } = options.header ?? {};
    const toggle =
      options.languageToggle !== false && alternates.length === LOCALES.length && !content.includes('data-region="language"')
        ? `<cyd-language-toggle data-region="language"${alternates.map(([locale, href]) => ` href-${locale}="${escapeAttribute(href)}"`).join('')}></cyd-language-toggle>`
        : '';
    const defaults = {
      organisation: options.organisation,
      organisationHref: options.organisationHref,
      serviceName: options.serviceName,
      serviceHref: options.serviceHref,
    };
    banner.push(component('cyd-header', headerProps, { ...defaults, ...header, noBanner: true }, 'header', toggle + content));
  }
  if (options.serviceNavigation) {
    const { content = '', ...navigation } = options.serviceNavigation;
    banner.push(component('cyd-service-navigation', serviceNavigationProps, navigation, 'serviceNavigation', content));
  }
  if (options.phaseBanner) {
    banner.push(`<div class="cyd-width-container">${component('cyd-phase-banner', phaseBannerProps, options.phaseBanner, 'phaseBanner')}</div>`);
  }
  // One banner landmark round the header, the navigation and the phase banner, as GOV.UK's template has.
  if (banner.length > 0) body.push(`<header class="cyd-template__header">${banner.join('\n')}</header>`);

  const container: string[] = [];
  if (options.backLink) container.push(component('cyd-back-link', backLinkProps, options.backLink, 'backLink'));
  if (options.breadcrumbs) container.push(component('cyd-breadcrumbs', breadcrumbsProps, options.breadcrumbs, 'breadcrumbs'));
  container.push(options.beforeContent ?? '');
  const mainAttributes = { class: 'cyd-main-wrapper', ...options.mainAttributes, id: 'main-content', lang: options.mainLang };
  container.push(`<main${attributesHTML(mainAttributes, 'mainAttributes')}>\n${options.body}\n</main>`);
  body.push(`<div class="cyd-width-container">\n${container.filter((part) => part !== '').join('\n')}\n</div>`);

  if (options.footer !== false) {
    const { content = '', ...footer } = options.footer ?? {};
    body.push(component('cyd-footer', footerProps, footer, 'footer', content));
  }
  body.push(options.bodyEnd ?? '');
  return body.filter((part) => part !== '').join('\n');
}

/** This page's address per language, in the order of LOCALES. */
function alternatesOf(options: PageOptions): (readonly [Locale, string])[] {
  return LOCALES.flatMap((locale) => {
    const href = options.alternates?.[locale];
    return href ? [[locale, href] as const] : [];
  });
}

/**
 * The whole document with its `<cyd-…>` tags not yet expanded: doctype,
 * `<html lang>`, head (title, viewport, theme colour, hreflang alternates,
 * stylesheets, scripts) and `pageBodyMarkup`. `renderPage` expands it.
 */
export function pageMarkup(options: PageOptions): string {
  const body = pageBodyMarkup(options);
  const lang = options.lang;
  const nonce = options.cspNonce ? ` nonce="${escapeAttribute(options.cspNonce)}"` : '';
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeText(pageTitle(options))}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    `<meta name="theme-color" content="${escapeAttribute(options.themeColour ?? colour.brand)}">`,
    ...alternatesOf(options).map(([locale, href]) => `<link rel="alternate" hreflang="${locale}" href="${escapeAttribute(href)}">`),
    ...(options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}"${nonce}>`),
    ...(options.scripts ?? []).map((src) => `<script type="module" src="${escapeAttribute(src)}"${nonce}></script>`),
    options.head ?? '',
  ].join('\n');
  const htmlAttributes = { class: 'cyd-template', ...options.htmlAttributes, lang };
  const bodyAttributes = { class: 'cyd-template__body', ...options.bodyAttributes };
  return `<!DOCTYPE html>
<html${attributesHTML(htmlAttributes, 'htmlAttributes')}>
<head>
${head}
</head>
<body${attributesHTML(bodyAttributes, 'bodyAttributes')}>
${body}
</body>
</html>
`;
}
