/**
 * The runner's markup: a tagged template that escapes every value put into
 * it, so an author's label or a person's answer can never become markup.
 * Only another `html` result (or `raw`, for HTML a Cydran renderer made) is
 * written as it is. The `<cyd-…>` tags it writes are expanded by the
 * server renderer (`renderPage`), which renders the components themselves.
 */

const RAW = Symbol('cydran.html');

export interface Html {
  readonly [RAW]: string;
}

/** HTML that is already safe: only for markup a Cydran renderer produced. */
export function raw(markup: string): Html {
  return { [RAW]: markup };
}

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function write(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(write).join('');
  if (typeof value === 'object' && RAW in value) return value[RAW];
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += write(values[i]) + strings[i + 1]!;
  return raw(out);
}

export function toString(markup: Html): string {
  return markup[RAW];
}

/**
 * Attributes of one element, each value escaped; `true` writes the bare
 * name, `false`/`null`/`undefined` leaves it out. Objects and arrays are
 * written as JSON (the components' JSON attributes: `options`, `errors`, `rows`).
 */
export function attrs(attributes: Record<string, unknown>): Html {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`@cydran/forms runner: ${JSON.stringify(name)} is not an attribute name.`);
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeHtml(typeof value === 'object' ? JSON.stringify(value) : String(value))}"`;
  }
  return raw(out);
}
