// Messages by reason, with no zod: a page that runs the zod-free checks
// (src/checks/) explains their problems through this module alone.
import { type Locale, type Text, normaliseLocale, resolveText } from '@cydran/i18n';
import { cy } from './cy.js';
import { en, type MessageKey } from './en.js';
import type { MessageParams } from './params.js';

type MessageFunction = (params: MessageParams) => string;

/** The library's messages, by language. A third language is one more entry. */
export const catalogues: Record<Locale, Record<MessageKey, MessageFunction>> = { en, cy };

/** An author's own message: text in one or both languages, or a function of the problem. */
export type MessageOverride = Text | ((params: MessageParams, locale: Locale) => string);
export type MessageOverrides = Partial<Record<MessageKey, MessageOverride>>;

/** What an author may say about one field. */
export interface FieldOptions {
  /**
   * The field in the question's own words, as it reads after "Enter":
   * `{ en: "the patient's NHS number", cy: 'rhif GIG y claf' }`. Welsh
   * messages mutate or contract it where grammar needs (rhif → rif).
   */
  field?: Text | undefined;
  /**
   * Whether Welsh messages may mutate `field`. Unset, a lower-case name is
   * mutated and a capitalised one is kept as a proper noun, with the message
   * phrased to need no mutation ("Rhowch ateb ar gyfer Rhif Cyngor"). Say
   * `true` for a capitalised name that should mutate, `false` to keep any
   * name as written. Acronyms (PIN, GIG) are never mutated.
   */
  mutate?: boolean | undefined;
  /** Messages for this field only, by reason. */
  messages?: MessageOverrides | undefined;
}

/**
 * A language as a caller may have it: one of ours, or any BCP 47 tag from a
 * request (`cy-GB`, `CY`, `cy_GB`). Every tag is normalised with
 * `normaliseLocale`, so a tag we have no catalogue for gives English.
 */
export type LocaleTag = Locale | (string & {});

export interface MessageOptions extends FieldOptions {
  /** The language of the messages; English when missing or unknown. */
  locale?: LocaleTag | undefined;
  /**
   * Options per field of an object schema, by dotted path ("address.postcode",
   * "children.0.dateOfBirth"). They win over the top-level ones. A date's
   * day, month and year belong to the date's own path.
   */
  fields?: Record<string, FieldOptions>;
}

export interface DescribedIssue {
  reason: MessageKey;
  params: MessageParams;
  /** Path of the field the issue belongs to (a date part belongs to its date). */
  fieldPath: PropertyKey[];
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The message for a reason in one language: the first override that has words for it, else the catalogue's. */
function render(
  given: MessageKey,
  params: MessageParams,
  locale: Locale,
  naming: FieldOptions | undefined,
  overrides: (MessageOverrides | undefined)[],
): string {
  // Own keys only: a reason from untyped code such as "constructor" must not reach Object.prototype.
  const reason: MessageKey = Object.hasOwn(catalogues[locale], given) ? given : 'invalidAnswer';
  const field = naming?.field;
  const fieldName = field === undefined ? undefined : resolveText(field, locale) || undefined;
  const withField: MessageParams = { ...params, field: fieldName, fieldMutates: naming?.mutate };
  const override = overrides
    .map((messages) => (messages && Object.hasOwn(messages, reason) ? messages[reason] : undefined))
    .find((message) => message !== undefined);
  if (override !== undefined) {
    const text = typeof override === 'function' ? override(withField, locale) : resolveText(override, locale);
    if (text) return text;
  }
  // `locale` is normalised, so this only ever reads one of our own catalogues.
  return catalogues[locale][reason](withField);
}

/**
 * The message for a problem in the requested language, with the author's
 * field name and overrides applied. Either a reason and its params, as a
 * check returns them:
 *
 *   const result = checkPostcode(value);
 *   if (!result.ok) messageFor(result.reason, result.params, 'cy', { field: { en: 'your postcode', cy: 'eich cod post' } });
 *
 * or an issue described by `describeIssue`, with options per path of an
 * object schema.
 */
export function messageFor(reason: MessageKey, params: MessageParams, locale?: LocaleTag, options?: FieldOptions): string;
export function messageFor(described: DescribedIssue, options?: MessageOptions): string;
export function messageFor(
  first: MessageKey | DescribedIssue,
  second?: MessageParams | MessageOptions,
  locale?: LocaleTag,
  options: FieldOptions = {},
): string {
  if (typeof first === 'string') {
    return render(first, (second ?? {}) as MessageParams, normaliseLocale(locale), options, [options.messages]);
  }
  const described = first;
  const all = (second ?? {}) as MessageOptions;
  // Own properties only: a path such as "constructor" must not find Object.prototype's.
  const key = pathKey(described.fieldPath);
  const fieldOptions = all.fields && Object.hasOwn(all.fields, key) ? all.fields[key] : undefined;
  // The top-level field name describes the schema as a whole: it only names
  // issues at the root, never a property of an object schema.
  const naming = fieldOptions?.field !== undefined ? fieldOptions : described.fieldPath.length === 0 ? all : undefined;
  return render(described.reason, described.params, normaliseLocale(all.locale), naming, [fieldOptions?.messages, all.messages]);
}
