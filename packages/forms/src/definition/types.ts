/**
 * The form definition format: the shapes the definition, the engine, the
 * runner and storage all share. JSON definitions parse into these
 * (parseFormDefinition); TypeScript ones are checked against them
 * (defineForm). Arrays are readonly so `defineForm`'s const type parameter
 * can keep literal option values for the inferred submission type.
 *
 * Field names the engine reads (validatePage) and the runner renders:
 * - most types: `<questionId>`
 * - date: `<id>-day`, `<id>-month`, `<id>-year` (as cyd-date-input submits)
 * - address: `<id>-line1`, `<id>-line2`, `<id>-town`, `<id>-county`, `<id>-postcode`
 * - likert: `<id>.<statementId>`, one radio group (fieldset) per statement
 * - yes-no: 'yes' | 'no'; many-of: the name repeated, the none option's value is 'none'
 * - rating: '1'…'5' or '0'…'10'; one-of, likert: the option's value
 * - file: not a posted text field; the runner passes the stored file to validatePage
 * A repeating page's fields use the plain question ids; its answers are
 * stored as `answers[pageId][index]`.
 */
import type { Locale } from '@cydran/i18n';

/**
 * Every text in each of the form's languages. A form whose languages are
 * ['en'] may leave cy out of its JSON; parseFormDefinition then gives cy as
 * '' (never English in a Welsh string), so show such a form only in its own
 * languages (`form.languages`).
 */
export type Text = Record<Locale, string>;

export interface Option {
  readonly value: string;
  readonly label: Text;
  readonly hint?: Text;
}

export type ConditionValue = string | number | boolean;

export type Condition =
  | { readonly question: string; readonly equals: ConditionValue }
  | { readonly question: string; readonly oneOf: readonly (string | number)[] }
  | { readonly question: string; readonly before: string }
  | { readonly question: string; readonly after: string }
  | { readonly question: string; readonly min?: number; readonly max?: number }
  | { readonly question: string; readonly answered: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

interface QuestionBase {
  /** Unique in the form, kebab-case: the answer's key and the field name. */
  readonly id: string;
  readonly label: Text;
  readonly hint?: Text;
  /** Default: required. */
  readonly optional?: boolean;
  /** Overrides a message by its reason key (e.g. `required`, `tooLong`). */
  readonly errors?: Readonly<Partial<Record<string, Text>>>;
}

export type QuestionType = Question['type'];

export type Question = QuestionBase &
  (
    | { readonly type: 'text'; readonly maxLength?: number; readonly autocomplete?: string }
    | { readonly type: 'long-text'; readonly maxLength: number }
    | { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly decimals?: number }
    | { readonly type: 'email' }
    | { readonly type: 'phone' }
    | { readonly type: 'postcode' }
    | { readonly type: 'address' }
    | { readonly type: 'date'; readonly before?: string; readonly after?: string; readonly dateOfBirth?: boolean }
    | { readonly type: 'name' }
    | { readonly type: 'nhs-number' }
    | { readonly type: 'ni-number' }
    | {
        readonly type: 'yes-no';
        /** Welsh answers echo the question's verb (Oes / Nac oes); without these, Yes/No and Ie/Na. */ readonly labels?: {
          readonly yes: Text;
          readonly no: Text;
        };
      }
    | { readonly type: 'one-of'; readonly options: readonly Option[]; readonly display?: 'radios' | 'select' | 'autocomplete' }
    | { readonly type: 'many-of'; readonly options: readonly Option[]; readonly noneOption?: Text }
    | { readonly type: 'file'; readonly maxBytes: number; readonly accept: readonly string[] }
    | { readonly type: 'rating'; readonly scale: '1-5' | '0-10'; readonly lowLabel: Text; readonly highLabel: Text }
    | { readonly type: 'likert'; readonly statements: readonly { readonly id: string; readonly text: Text }[]; readonly scale?: readonly Option[] }
    | { readonly type: 'comment'; readonly maxLength: number }
  );

export interface Route {
  readonly if: Condition;
  /** A page id, or 'check-answers'. */
  readonly goTo: string;
}

export interface Page {
  /** Kebab-case, unique; the URL segment. */
  readonly id: string;
  /** With one question, the question's label is the heading. */
  readonly heading?: Text;
  /** Exit pages have none. */
  readonly questions: readonly Question[];
  /** The page is skipped when this is false. */
  readonly showIf?: Condition;
  /** The first matching route wins; otherwise the next page in order. */
  readonly routes?: readonly Route[];
  /** An exit page ("You cannot apply"): the journey ends here. */
  readonly exit?: { readonly body: Text };
  /** "Add another": answers are `answers[pageId]` as an array of items. */
  readonly repeat?: { readonly min?: number; readonly max?: number; readonly itemName: Text };
}

export interface FormDefinition {
  /** Kebab-case, e.g. 'missed-bin'. */
  readonly id: string;
  /** Positive integer; submissions record it. */
  readonly version: number;
  readonly languages: readonly Locale[];
  readonly title: Text;
  readonly description?: Text;
  /** A survey storing no personal data: personal question types are refused, no IP or user stored. */
  readonly anonymous?: boolean;
  readonly pages: readonly Page[];
  /** Default true. */
  readonly checkAnswers?: boolean;
  /** Shown on check answers ("I confirm…"). */
  readonly declaration?: Text;
  readonly confirmation: { readonly title: Text; readonly body?: Text };
  /** Absent: save and return is off. */
  readonly saveAndReturn?: { readonly expiresAfterDays: number };
}

/** An uploaded file as stored with the submission. */
export interface FileAnswer {
  name: string;
  type: string;
  size: number;
  sha256: string;
  storageKey: string;
}

export interface AddressAnswer {
  line1: string;
  line2?: string;
  town: string;
  county?: string;
  postcode: string;
}

/**
 * Parsed answers keyed by question id (string, number, boolean, string[],
 * 'YYYY-MM-DD', AddressAnswer, likert `{ [statementId]: value }`,
 * FileAnswer); a repeating page's are `{ [pageId]: Answers[] }`.
 */
export type Answers = Record<string, unknown>;

/** Posted form fields: checkboxes repeat their name. */
export type FieldValues = Record<string, string | string[]>;

export interface FieldError {
  question: string;
  /** The input's name, e.g. 'dob-day' or 'views.parking'. */
  field: string;
  message: string;
  /** The reason key, as the data-model catalogues name it ('required', 'tooLong'…). */
  reason: string;
  /** For a date: every part to highlight ('day', 'month', 'year'); `field` is the first. */
  parts?: string[];
}

/** The id check answers has in routes and nextPageId. */
export const CHECK_ANSWERS = 'check-answers';
