import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import { INVALID_JSON, type Props, type PropSpec } from '../internal/props.js';
import { paginationMessages } from './pagination.messages.js';

/** One entry of `items`: a page's link, or a gap. GOV.UK Frontend's `items` in the same shape. */
export interface PaginationItem {
  /** What the link shows, usually the page number. Required unless `ellipsis`. */
  number?: number | string;
  /** The page's address. Required unless `ellipsis`. */
  href?: string;
  /** The page the person is on: marked `aria-current="page"`. */
  current?: boolean;
  /** A gap between numbers ("⋯"); every other field is ignored. */
  ellipsis?: boolean;
  /** What screen readers say for the link (default "Page 3" / "Tudalen 3"): a string, or `{ "en": …, "cy": … }`. */
  visuallyHiddenText?: Text;
}

/** The one list of <cyd-pagination>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const paginationProps = {
  /** The page the person is on (from 1), with `total` and `href-pattern`: the numbered links are made for you. */
  current: { kind: 'number' },
  /** How many pages there are. */
  total: { kind: 'number' },
  /** Each page's address, `{page}` standing for its number: `/results?page={page}`. */
  hrefPattern: { kind: 'url' },
  /** The numbered links as data instead (JSON): `[{"number": 1, "href": "?page=1"}, {"ellipsis": true}, …]`. */
  items: { kind: 'json', default: undefined as PaginationItem[] | undefined },
  /** The previous page's address. With `current` and `href-pattern` it is made for you. */
  previousHref: { kind: 'url' },
  /** Replaces "Previous" / "Blaenorol": on content pages, the previous page's title. */
  previousText: { kind: 'text' },
  /** A line under the previous link, for where it goes (GOV.UK's `labelText`). Gives the block style. */
  previousLabel: { kind: 'text' },
  nextHref: { kind: 'url' },
  /** Replaces "Next" / "Nesaf". */
  nextText: { kind: 'text' },
  nextLabel: { kind: 'text' },
  /** Replaces the landmark's name "Pagination" / "Tudalennu" (give it when a page has two). */
  landmarkLabel: { kind: 'text' },
} as const satisfies PropSpec;

export type PaginationProps = Props<typeof paginationProps>;

/** A numbered link or a gap, ready to render. */
export type PaginationEntry = { ellipsis: true } | { ellipsis: false; number: string; href: string; current: boolean; label: Text | undefined };

/**
 * The page numbers to show for page `current` of `total`, `null` for a gap:
 * always the first and last pages, the current page and one either side.
 * A gap of one page shows that page instead, since "⋯" would hide no more.
 */
export function pageNumbers(current: number, total: number): (number | null)[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, total])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const shown: (number | null)[] = [];
  let previous = 0;
  for (const page of wanted) {
    if (page - previous === 2) shown.push(previous + 1);
    else if (page - previous > 2) shown.push(null);
    shown.push(page);
    previous = page;
  }
  return shown;
}

function hrefFor(pattern: string, page: number): string {
  return pattern.replaceAll('{page}', String(page));
}

function isWholePage(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

/** Whether the pages come from `current`, `total` and `href-pattern`. */
function fromPattern(p: PaginationProps): p is PaginationProps & { current: number; total: number; hrefPattern: string } {
  return isWholePage(p.current) && isWholePage(p.total) && !!p.hrefPattern && p.current <= p.total;
}

function givenItems(p: PaginationProps): PaginationItem[] {
  return Array.isArray(p.items) ? p.items.filter((item): item is PaginationItem => !!item && typeof item === 'object') : [];
}

/** The numbered links and gaps, from `items` or from the pattern. */
export function paginationEntries(p: PaginationProps): PaginationEntry[] {
  const items = givenItems(p);
  if (items.length > 0) {
    return items.map((item) =>
      item.ellipsis
        ? { ellipsis: true }
        : { ellipsis: false, number: String(item.number ?? ''), href: item.href ?? '', current: !!item.current, label: item.visuallyHiddenText },
    );
  }
  if (!fromPattern(p)) return [];
  return pageNumbers(p.current, p.total).map((page) =>
    page === null
      ? { ellipsis: true }
      : { ellipsis: false, number: String(page), href: hrefFor(p.hrefPattern, page), current: page === p.current, label: undefined },
  );
}

/** How many pages there are, when that is known: `total`, or the last of `items` when nothing follows it. */
function totalOf(p: PaginationProps, entries: PaginationEntry[]): number | undefined {
  if (isWholePage(p.total)) return p.total;
  const last = entries.at(-1);
  if (!last || last.ellipsis) return undefined;
  const numbers = entries.flatMap((entry) => (entry.ellipsis ? [] : [Number(entry.number)]));
  return numbers.every(isWholePage) ? Math.max(...numbers) : undefined;
}

const arrow = (direction: 'prev' | 'next') =>
  direction === 'prev'
    ? html`<svg class="cyd-pagination__icon cyd-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="M6.6 0 0 6.5 6.6 13 8 11.6 3.9 7.5H15v-2H3.9L8 1.4z"></path></svg>`
    : html`<svg class="cyd-pagination__icon cyd-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="M8.4 0 7 1.4l4.1 4.1H0v2h11.1L7 11.6 8.4 13 15 6.5z"></path></svg>`;

/**
 * The link's words: the author's, else "Previous" with " page" visually
 * hidden where the language allows. With a label under it, a hidden ":"
 * ends the words, in the same hidden span so it is read as "page:".
 */
function linkWords(author: Text | undefined, visible: string, full: string, locale: Locale, colon: boolean): unknown {
  const words = textIn(author, locale);
  const hidden = (words ? '' : full.startsWith(visible) ? full.slice(visible.length) : '') + (colon ? ':' : '');
  return html`${words || visible}${hidden ? html`<span class="cyd-visually-hidden">${hidden}</span>` : nothing}`;
}

function arrowLink(direction: 'prev' | 'next', href: string, words: (colon: boolean) => unknown, label: unknown, block: boolean): TemplateResult {
  const labelled = !!label && block;
  const arrowFirst = block || direction === 'prev';
  return html`<div class="cyd-pagination__${direction}"><a class="cyd-link cyd-pagination__link" href=${href} rel=${direction}
      >${arrowFirst ? arrow(direction) : nothing}<span class="cyd-pagination__link-title${block && !label ? ' cyd-pagination__link-title--decorated' : ''}"
        >${words(labelled)}</span
      >${labelled ? html`<span class="cyd-pagination__link-label">${label}</span>` : nothing}${arrowFirst ? nothing : arrow(direction)}</a
    ></div>`;
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const paginationDefinition = defineComponent({
  tag: 'cyd-pagination',
  props: paginationProps,
  template(p, locale) {
    const messages = paginationMessages[locale];
    const entries = paginationEntries(p);
    const total = totalOf(p, entries);
    const pattern = fromPattern(p);
    const previousHref = p.previousHref || (pattern && p.current > 1 ? hrefFor(p.hrefPattern, p.current - 1) : '');
    const nextHref = p.nextHref || (pattern && p.current < p.total ? hrefFor(p.hrefPattern, p.current + 1) : '');
    // GOV.UK's block style: previous and next only, for a series of content pages.
    const block = entries.length === 0;
    const landmark = resolveText(p.landmarkLabel, locale) || messages.landmark;
    return html`<nav class="cyd-pagination${block ? ' cyd-pagination--block' : ''}" aria-label=${landmark} data-cyd-root
      >${
        previousHref
          ? arrowLink(
              'prev',
              previousHref,
              (colon) => linkWords(p.previousText, messages.previous, messages.previousPage, locale, colon),
              textIn(p.previousLabel, locale),
              block,
            )
          : nothing
      }${
        block
          ? nothing
          : html`<ul class="cyd-pagination__list">${entries.map((entry) =>
              entry.ellipsis
                ? html`<li class="cyd-pagination__item cyd-pagination__item--ellipsis">⋯</li>`
                : html`<li class="cyd-pagination__item${entry.current ? ' cyd-pagination__item--current' : ''}"
                  ><a
                    class="cyd-link cyd-pagination__link"
                    href=${entry.href}
                    aria-label=${
                      resolveText(entry.label, locale) ||
                      (entry.current && total !== undefined ? messages.pageOf(Number(entry.number), total) : messages.page(Number(entry.number)))
                    }
                    aria-current=${entry.current ? 'page' : nothing}
                    >${entry.number}</a
                  ></li
                >`,
            )}</ul>`
      }${
        nextHref
          ? arrowLink('next', nextHref, (colon) => linkWords(p.nextText, messages.next, messages.nextPage, locale, colon), textIn(p.nextLabel, locale), block)
          : nothing
      }</nav
    >`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        const tag = '<cyd-pagination>';
        if (p.items !== undefined) {
          if (!Array.isArray(p.items)) {
            const invalid = typeof p.items === 'object' && p.items !== null && INVALID_JSON in p.items;
            problems.push(
              `${tag}: items must be a JSON array of pages, e.g. items='[{"number": 1, "href": "?page=1", "current": true}, {"number": 2, "href": "?page=2"}]'${invalid ? ' (it is not valid JSON)' : ''}.`,
            );
          } else {
            p.items.forEach((item, index) => {
              if (!item || typeof item !== 'object') problems.push(`${tag}: items[${index}] must be an object such as {"number": 2, "href": "?page=2"}.`);
              else if (!item.ellipsis && (item.number === undefined || !item.href))
                problems.push(`${tag}: items[${index}] needs a "number" and an "href" (or "ellipsis": true for a gap).`);
            });
            if (p.items.filter((item) => item?.current).length > 1)
              problems.push(`${tag}: more than one of items is "current": true. Mark only the page the person is on.`);
          }
        }
        const counting = p.current !== undefined || p.total !== undefined || !!p.hrefPattern;
        if (counting && p.items === undefined) {
          if (!isWholePage(p.current) || !isWholePage(p.total))
            problems.push(`${tag}: current and total must both be whole numbers from 1, e.g. current="2" total="5".`);
          else if (p.current > p.total) problems.push(`${tag}: current="${p.current}" is past total="${p.total}". The current page must be one of the pages.`);
          if (!p.hrefPattern)
            problems.push(
              `${tag}: with current and total, give href-pattern, each page's address with {page} for its number, e.g. href-pattern="/results?page={page}".`,
            );
          else if (!p.hrefPattern.includes('{page}'))
            problems.push(
              `${tag}: href-pattern="${p.hrefPattern}" has no {page}, so every page links to the same address. Write it as e.g. "/results?page={page}".`,
            );
        }
        if (!counting && p.items === undefined && !p.previousHref && !p.nextHref) {
          problems.push(`${tag} has no pages: give current, total and href-pattern, or items, or previous-href and next-href.`);
        }
        return problems;
      }
    : undefined,
});
