/**
 * A whole sign-in page's options for the page template: the page's title
 * (with "Error: " / "Gwall: " when it has errors), the language link, the
 * header with its sign-in or sign-out link, and the error summary over the
 * content. The provider and the relying party pass a page's content and
 * their site's settings; `renderAuthPage` (render.ts) renders it.
 */
import type { Locale, Text } from '@cydran/i18n';
import type { PageOptions } from '@cydran/components/server';
import { authMessages, cy, en } from './auth.messages.js';
import { attrs, html, htmlToString } from './markup.js';
import type { AuthPageContent } from './pages.js';

/** What every page of one site shares. */
export interface AuthSite {
  serviceName?: Text;
  serviceHref?: Text;
  organisation?: Text;
  organisationHref?: Text;
  /** This page's address in each language: the header's language link goes to the other. */
  alternates?: Partial<Record<Locale, string>>;
  stylesheets?: string[];
  scripts?: string[];
  cspNonce?: string;
  /** The back link's address (GOV.UK: before `<main>`). */
  backHref?: string;
  /** The header's account link: "Sign in" to `signInHref`, or "Sign out" to `signOutHref`. */
  account?: { signInHref: string } | { signOutHref: string };
  /** Anything else the page template takes (phase banner, footer, head…). */
  page?: Omit<Partial<PageOptions>, 'lang' | 'title' | 'body' | 'hasErrors'>;
}

function accountLink(account: AuthSite['account'], locale: Locale): string {
  if (!account) return '';
  const [href, words] = 'signOutHref' in account ? [account.signOutHref, authMessages[locale].signOut] : [account.signInHref, authMessages[locale].signIn];
  return htmlToString(html`<a data-region="account" class="cyd-link" href="${href}">${words}</a>`);
}

function errorSummary(content: AuthPageContent): string {
  if (content.errors.length === 0) return '';
  const errors = content.errors.map((e) => ({ href: `#${e.field}`, text: { en: en[e.reason], cy: cy[e.reason] } }));
  return htmlToString(html`<cyd-error-summary${attrs({ errors })}></cyd-error-summary>`);
}

export function authPageOptions(content: AuthPageContent, site: AuthSite = {}): PageOptions {
  const { page = {}, account, backHref, ...shared } = site;
  const header = page.header === false ? false : { ...page.header, content: `${page.header?.content ?? ''}${accountLink(account, content.locale)}` };
  return {
    ...page,
    ...shared,
    lang: content.locale,
    title: content.title,
    hasErrors: content.errors.length > 0,
    header,
    ...(backHref ? { backLink: { href: backHref } } : {}),
    body: errorSummary(content) + htmlToString(content.body),
  };
}
