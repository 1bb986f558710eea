/**
 * Survey results: counts and percentages per option (one-of, many-of,
 * yes-no, rating) and per Likert statement, as an accessible table (the
 * source of truth for screen readers), an SVG bar chart with a text
 * alternative, and a whole static report page, in either language.
 */
import type { Locale } from '@cydran/i18n';
import { renderElement, renderPage } from '@cydran/components/server';
import type { Answers, FormDefinition, Option, Question, Text } from '../definition/types.js';
import { LIKERT_SCALE, isAnswered } from '../engine/index.js';
import type { Submission } from '../storage/index.js';

export interface OptionCount {
  value: string;
  label: Text;
  count: number;
  /** count ÷ answered, 0–1; for many-of the shares can add up to more than 1. */
  share: number;
}

export interface QuestionResult {
  /** The question id, or `questionId.statementId` for a Likert statement. */
  id: string;
  title: Text;
  /** Submissions that answered it (the percentages' denominator). */
  answered: number;
  options: OptionCount[];
}

const WORDS: Record<
  Locale,
  { answer: string; number: string; percentage: string; answered: (n: string) => string; chart: string; results: string; none: string }
> = {
  en: {
    answer: 'Answer',
    number: 'Number',
    percentage: 'Percentage',
    answered: (n) => `Number who answered: ${n}`,
    chart: 'Bar chart',
    results: 'Results',
    none: 'No one has answered this yet.',
  },
  cy: {
    answer: 'Ateb',
    number: 'Nifer',
    percentage: 'Canran',
    answered: (n) => `Nifer a atebodd: ${n}`,
    chart: 'Siart bar',
    results: 'Canlyniadau',
    none: 'Nid oes neb wedi ateb hwn eto.',
  },
};

/** Text for SVG and HTML content and quoted attributes (the runner's html.ts does the same for its pages; this module must not need the runner). */
function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const YES_NO: Record<'yes' | 'no', Text> = { yes: { en: 'Yes', cy: 'Ie' }, no: { en: 'No', cy: 'Na' } };

function both(text: Text, sep: string, other: Text): Text {
  return { en: `${text.en}${sep}${other.en}`, cy: `${text.cy}${sep}${other.cy}` };
}

function ratingOptions(scale: '1-5' | '0-10'): Option[] {
  const [from, to] = scale === '1-5' ? [1, 5] : [0, 10];
  return Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: { en: String(from + i), cy: String(from + i) } }));
}

function tally(id: string, title: Text, options: readonly Option[], values: unknown[][]): QuestionResult {
  const answered = values.filter((chosen) => chosen.length > 0).length;
  return {
    id,
    title,
    answered,
    options: options.map((option) => {
      const count = values.filter((chosen) => chosen.some((value) => String(value) === option.value)).length;
      return { value: option.value, label: option.label, count, share: answered === 0 ? 0 : count / answered };
    }),
  };
}

function chosenValues(question: Question, answer: unknown): unknown[] {
  if (!isAnswered(answer)) return [];
  if (question.type === 'yes-no') return [answer === true ? 'yes' : 'no'];
  return Array.isArray(answer) ? answer : [answer];
}

/** Results for each question that has options; repeating pages' questions are left out (one person can answer them many times). */
export function tallyResults(form: FormDefinition, submissions: readonly Submission[]): QuestionResult[] {
  const results: QuestionResult[] = [];
  const answersOf = submissions.map((submission): Answers => submission.answers);
  for (const page of form.pages) {
    if (page.repeat) continue;
    for (const question of page.questions) {
      const values = (read: (answers: Answers) => unknown) => answersOf.map((answers) => chosenValues(question, read(answers)));
      switch (question.type) {
        case 'one-of':
          results.push(
            tally(
              question.id,
              question.label,
              question.options,
              values((a) => a[question.id]),
            ),
          );
          break;
        case 'many-of': {
          const options = question.noneOption ? [...question.options, { value: 'none', label: question.noneOption }] : question.options;
          results.push(
            tally(
              question.id,
              question.label,
              options,
              values((a) => a[question.id]),
            ),
          );
          break;
        }
        case 'yes-no': {
          const labels = question.labels ?? YES_NO;
          results.push(
            tally(
              question.id,
              question.label,
              [
                { value: 'yes', label: labels.yes },
                { value: 'no', label: labels.no },
              ],
              values((a) => a[question.id]),
            ),
          );
          break;
        }
        case 'rating':
          results.push(
            tally(
              question.id,
              question.label,
              ratingOptions(question.scale),
              values((a) => a[question.id]),
            ),
          );
          break;
        case 'likert':
          for (const statement of question.statements) {
            const read = (answers: Answers): unknown => {
              const answer = answers[question.id];
              const chosen: Record<string, unknown> = answer !== null && typeof answer === 'object' ? { ...answer } : {};
              return chosen[statement.id];
            };
            results.push(tally(`${question.id}.${statement.id}`, both(question.label, ': ', statement.text), question.scale ?? LIKERT_SCALE, values(read)));
          }
          break;
        default:
          break;
      }
    }
  }
  return results;
}

/** Welsh writes numbers as English does (1,234.5; 45.5%); Intl gives both from one call. */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB').format(count);
}

export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The accessible table, rendered by cyd-table (caption, scoped headers, numeric columns). */
export function resultsTable(result: QuestionResult, locale: Locale): string {
  const words = WORDS[locale];
  return renderElement(
    'cyd-table',
    {
      caption: result.title[locale],
      'first-cell-is-header': true,
      head: JSON.stringify([{ text: words.answer }, { text: words.number, format: 'numeric' }, { text: words.percentage, format: 'numeric' }]),
      rows: JSON.stringify(
        result.options.map((option) => [
          option.label[locale],
          { text: formatCount(option.count, locale), format: 'numeric' },
          { text: formatShare(option.share, locale), format: 'numeric' },
        ]),
      ),
    },
    { locale },
  );
}

/** The chart's text alternative: every bar's label, count and percentage, so the image says what the table says. */
export function chartDescription(result: QuestionResult, locale: Locale): string {
  const bars = result.options.map((option) => `${option.label[locale]}: ${formatCount(option.count, locale)} (${formatShare(option.share, locale)})`);
  return `${WORDS[locale].chart}: ${result.title[locale]}. ${WORDS[locale].answered(formatCount(result.answered, locale))}. ${bars.join('; ')}.`;
}

/**
 * A horizontal bar chart. role="img" with a <title> as its name and the
 * full figures as its description; the bars use currentColor and the
 * brand token so forced colours and themes keep them visible.
 */
export function resultsChart(result: QuestionResult, locale: Locale): string {
  const barHeight = 28;
  const gap = 12;
  const labelWidth = 240;
  const barWidth = 360;
  const width = labelWidth + barWidth + 80;
  const height = result.options.length * (barHeight + gap) + gap;
  const id = `cyd-results-${result.id.replaceAll('.', '-')}`;
  const bars = result.options
    .map((option, i) => {
      const y = gap + i * (barHeight + gap);
      const w = Math.round(option.share * barWidth);
      return (
        `<text x="${labelWidth - 8}" y="${y + barHeight / 2}" text-anchor="end" dominant-baseline="middle" fill="currentColor">${escapeHtml(option.label[locale])}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="var(--cyd-colour-brand, #1d70b8)" stroke="currentColor" stroke-width="1"></rect>` +
        `<text x="${labelWidth + w + 8}" y="${y + barHeight / 2}" dominant-baseline="middle" fill="currentColor">${escapeHtml(formatShare(option.share, locale))}</text>`
      );
    })
    .join('');
  return (
    `<svg class="cyd-results-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(`${WORDS[locale].chart}: ${result.title[locale]}`)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(chartDescription(result, locale))}</desc>` +
    `${bars}</svg>`
  );
}

/** One question's section: heading, how many answered, the table, then the chart. */
export function resultsSection(result: QuestionResult, locale: Locale): string {
  const words = WORDS[locale];
  const heading = `<h2>${escapeHtml(result.title[locale])}</h2>`;
  const answered = `<p class="cyd-body">${escapeHtml(words.answered(formatCount(result.answered, locale)))}</p>`;
  if (result.answered === 0) return `<section>${heading}<p class="cyd-body">${escapeHtml(words.none)}</p></section>`;
  return `<section>${heading}${answered}${resultsTable(result, locale)}${resultsChart(result, locale)}</section>`;
}

/** A whole static HTML page of a form's results, for the CLI's `report`. */
export function resultsReport(form: FormDefinition, submissions: readonly Submission[], locale: Locale, options: { stylesheets?: string[] } = {}): string {
  const title = both(form.title, ': ', { en: WORDS.en.results, cy: WORDS.cy.results });
  const body = tallyResults(form, submissions)
    .map((result) => resultsSection(result, locale))
    .join('');
  return renderPage({
    lang: locale,
    title,
    serviceName: form.title,
    body: `<h1 class="cyd-heading-l">${escapeHtml(title[locale])}</h1>${body}`,
    ...(options.stylesheets ? { stylesheets: options.stylesheets } : {}),
  });
}
