import { LOCALES, type Locale, type Text, parseText } from '@cydran/i18n';
import type { ContentElement } from './definition.js';

/**
 * Author text carried by an element of content that components read as data
 * (a select's `<option>`, a navigation's `<a>`): `data-text-cy` /
 * `data-text-en` twins, or `data-text` holding `{"en":…,"cy":…}` (what a
 * server render writes, so an upgrade reads both languages back), else
 * `plain` (usually the element's own text) for every language.
 */
export function textFromContent(element: ContentElement, attribute: string, plain: string): Text;
export function textFromContent(element: ContentElement, attribute: string, plain: string | undefined): Text | undefined;
export function textFromContent(element: ContentElement, attribute: string, plain: string | undefined): Text | undefined {
  const perLocale: Partial<Record<Locale, string>> = {};
  const json = parseText(element.attributes[attribute] ?? null);
  if (typeof json === 'object') Object.assign(perLocale, json);
  for (const locale of LOCALES) {
    const given = element.attributes[`${attribute}-${locale}`];
    if (given !== undefined) perLocale[locale] = given;
  }
  if (Object.keys(perLocale).length === 0) return typeof json === 'string' ? json : plain;
  if (plain !== undefined) for (const locale of LOCALES) perLocale[locale] ??= plain;
  return perLocale;
}

/**
 * The attribute value that keeps both languages of `text` on rendered
 * markup (`data-text='{"en":…,"cy":…}'`), for `textFromContent` to read back;
 * nothing for text in one language, which the element's own text carries.
 */
export function bilingualAttribute(text: Text | undefined): string | undefined {
  return typeof text === 'object' ? JSON.stringify(text) : undefined;
}
