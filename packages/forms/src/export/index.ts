/**
 * Submissions as CSV (headings in the chosen language, RFC 4180, guarded
 * against spreadsheet formula injection) and JSON.
 */
import type { Locale } from '@cydran/i18n';
import type { FormDefinition } from '../definition/types.js';
import type { Submission } from '../storage/index.js';
import { exportColumns } from './columns.js';

export { exportColumns, type Column } from './columns.js';

const HEADINGS: Record<Locale, { reference: string; submitted: string; version: string; language: string }> = {
  en: { reference: 'Reference', submitted: 'Submitted', version: 'Form version', language: 'Language' },
  cy: { reference: 'Cyfeirnod', submitted: 'Cyflwynwyd', version: 'Fersiwn y ffurflen', language: 'Iaith' },
};

/**
 * A cell a spreadsheet would run as a formula (= + - @, and tab or carriage
 * return, which some read the same way) gets a leading apostrophe; then
 * RFC 4180 quoting when it holds a comma, quote or line break.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export interface CsvOptions {
  locale: Locale;
}

/** One row per submission, oldest first; CRLF line ends as RFC 4180 says. */
export function toCsv(form: FormDefinition, submissions: readonly Submission[], { locale }: CsvOptions): string {
  const words = HEADINGS[locale];
  const columns = exportColumns(form, submissions, locale);
  const header = [words.reference, words.submitted, words.version, words.language, ...columns.map((column) => column.heading)];
  const rows = submissions.map((submission) => [
    submission.reference,
    submission.createdAt.toISOString(),
    String(submission.formVersion),
    submission.locale,
    ...columns.map((column) => column.cell(submission.answers)),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The submissions as stored (answers keyed by question id), for back ends in other languages; `toJSONSchema(form)` describes `answers`. */
export function toJson(form: FormDefinition, submissions: readonly Submission[]): string {
  return `${JSON.stringify(
    {
      form: { id: form.id, version: form.version },
      submissions: submissions.map((submission) => ({ ...submission, createdAt: submission.createdAt.toISOString() })),
    },
    null,
    2,
  )}\n`;
}
