/**
 * The benchmark form (form-fields.ts) as each library writes it, and the
 * small script each page ends with that marks `bench:ready` once the page's
 * library has finished its work and the page is laid out. The page-load
 * benchmark times navigation start to that mark.
 */
import { type Field, type FieldKind, TITLE, errorsOf, escapeHTML as esc, formFields } from './form-fields.js';

/** Performance mark every page sets when it is ready: library work done, layout complete. */
export const READY_MARK = 'bench:ready';

/** Forces layout, then marks the page ready (shared by every page's last script). */
const markReady = `document.body.offsetHeight; performance.mark(${JSON.stringify(READY_MARK)});`;

/** The last script of a page with no library script: runs once the HTML above it is parsed and styled. */
const PLAIN_READY = `<script>${markReady}</script>`;

function page({ lang, title, head, bodyClass = '', body }: { lang: string; title: string; head: string; bodyClass?: string; body: string }): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>${head}</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

const attribute = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${esc(value)}"`);

// ---------------------------------------------------------------- Cydran

export const CYDRAN_SCRIPT = '/cydran/cydran.js';
export const CYDRAN_STYLESHEET = '/cydran/cydran.css';

/** Waits for every cyd-* element to be defined and rendered (Lit's updateComplete). */
const CYDRAN_READY = `<script type="module">
const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cyd-'));
const undefinedTags = [...new Set(hosts.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
if (undefinedTags.length) throw new Error('Not defined by the bundle: ' + undefinedTags.join(', '));
await Promise.all(hosts.map((el) => el.updateComplete));
${markReady}
</script>`;

function cydranField(field: Field): string {
  const common = `name="${field.name}"${attribute('label', field.label.en)}${attribute('label-cy', field.label.cy)}${attribute('hint', field.hint?.en)}${attribute('hint-cy', field.hint?.cy)}${attribute('error', field.error?.en)}${attribute('error-cy', field.error?.cy)}`;
  const options = field.options ? ` options="${esc(JSON.stringify(field.options))}"` : '';
  const tag: Record<FieldKind, string> = { text: 'cyd-text-input', radios: 'cyd-radios', checkboxes: 'cyd-checkboxes', date: 'cyd-date-input' };
  return `<${tag[field.kind]} ${common}${options}></${tag[field.kind]}>`;
}

/**
 * The page as an author writes it: bare cyd-* tags. With `script` it loads
 * cydran.js and waits for the elements; without, it is the input to
 * `expandHTML` for the no-JavaScript page.
 */
export function cydranPage({ fields = formFields(), lang = 'en', script }: { fields?: Field[]; lang?: 'en' | 'cy'; script: boolean }): string {
  const errors = errorsOf(fields).map((field) => ({ href: `#${field.name}`, text: field.error }));
  return page({
    lang,
    title: `${lang === 'cy' ? 'Gwall' : 'Error'}: ${TITLE[lang]}`,
    head: `<link rel="stylesheet" href="${CYDRAN_STYLESHEET}">`,
    body: `<cyd-skip-link></cyd-skip-link>
<header><cyd-language-toggle href-en="/?lang=en" href-cy="/?lang=cy"></cyd-language-toggle></header>
<main id="main-content">
<h1>${esc(TITLE[lang])}</h1>
<form method="post" novalidate>
<cyd-error-summary errors="${esc(JSON.stringify(errors))}"></cyd-error-summary>
${fields.map(cydranField).join('\n')}
<cyd-button text="Continue" text-cy="Parhau"></cyd-button>
</form>
</main>
${script ? `<script type="module" src="${CYDRAN_SCRIPT}"></script>\n${CYDRAN_READY}` : PLAIN_READY}`,
  });
}

// ---------------------------------------------------------------- GOV.UK Frontend

export const GOVUK_SCRIPT = '/govuk/govuk-frontend.min.js';
export const GOVUK_STYLESHEET = '/govuk/govuk-frontend.min.css';

/** GOV.UK Frontend's start-up as its docs give it: the module, then `initAll()` imported from it. */
const GOVUK_READY = `<script type="module" src="${GOVUK_SCRIPT}"></script>
<script type="module">
import { initAll } from '${GOVUK_SCRIPT}';
initAll();
${markReady}
</script>`;

function govukHint(id: string, field: Field): string {
  return field.hint ? `<div id="${id}-hint" class="govuk-hint">${esc(field.hint.en)}</div>` : '';
}

function govukError(id: string, field: Field): string {
  return field.error ? `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${esc(field.error.en)}</p>` : '';
}

function govukDescribedBy(id: string, field: Field): string {
  const ids = [field.hint ? `${id}-hint` : '', field.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

const govukGroup = (field: Field, inner: string) => `<div class="govuk-form-group${field.error ? ' govuk-form-group--error' : ''}">${inner}</div>`;

/** The HTML GOV.UK Frontend's Nunjucks macros produce (compare its components' template-*.html fixtures). */
function govukField(field: Field): string {
  const { name } = field;
  if (field.kind === 'text') {
    return govukGroup(
      field,
      `<label class="govuk-label" for="${name}">${esc(field.label.en)}</label>${govukHint(name, field)}${govukError(name, field)}<input class="govuk-input${field.error ? ' govuk-input--error' : ''}" id="${name}" name="${name}" type="text"${govukDescribedBy(name, field)}>`,
    );
  }
  if (field.kind === 'date') {
    const part = (suffix: string, label: string, width: number) =>
      `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${name}-${suffix}">${label}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${name}-${suffix}" name="${name}-${suffix}" type="text" inputmode="numeric"></div></div>`;
    return govukGroup(
      field,
      `<fieldset class="govuk-fieldset" role="group"${govukDescribedBy(name, field)}><legend class="govuk-fieldset__legend">${esc(field.label.en)}</legend>${govukHint(name, field)}${govukError(name, field)}<div class="govuk-date-input" id="${name}">${part('day', 'Day', 2)}${part('month', 'Month', 2)}${part('year', 'Year', 4)}</div></fieldset>`,
    );
  }
  const kind = field.kind;
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const items = (field.options ?? [])
    .map((option, index) => {
      const id = index === 0 ? name : `${name}-${index + 1}`;
      return `<div class="govuk-${kind}__item"><input class="govuk-${kind}__input" id="${id}" name="${name}" type="${type}" value="${option.value}"><label class="govuk-label govuk-${kind}__label" for="${id}">${esc(option.label.en)}</label></div>`;
    })
    .join('');
  return govukGroup(
    field,
    `<fieldset class="govuk-fieldset"${govukDescribedBy(name, field)}><legend class="govuk-fieldset__legend">${esc(field.label.en)}</legend>${govukHint(name, field)}${govukError(name, field)}<div class="govuk-${kind}" data-module="govuk-${kind}">${items}</div></fieldset>`,
  );
}

/** GOV.UK Frontend's page: its template's body classes, skip link, error summary, fields and button. */
export function govukPage({ fields = formFields(), script }: { fields?: Field[]; script: boolean }): string {
  const errors = errorsOf(fields)
    .map((field) => `<li><a href="#${field.name}">${esc(field.error.en)}</a></li>`)
    .join('');
  return page({
    lang: 'en',
    title: `Error: ${TITLE.en}`,
    head: `<link rel="stylesheet" href="${GOVUK_STYLESHEET}">`,
    bodyClass: 'govuk-template__body',
    body: `${script ? `<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>` : ''}
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${errors}</ul></div></div></div>
<h1 class="govuk-heading-l">${esc(TITLE.en)}</h1>
<form method="post" novalidate>
${fields.map(govukField).join('\n')}
<button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
</form>
</main></div>
${script ? GOVUK_READY : PLAIN_READY}`,
  });
}

// ---------------------------------------------------------------- GCDS (Government of Canada Design System)

export const GCDS_SCRIPT = '/gcds/gcds.esm.js';
export const GCDS_STYLESHEET = '/gcds/gcds.css';

/**
 * Waits until every gcds-* element, including those rendered inside other
 * components' shadow roots, is defined and has loaded (Stencil's
 * `componentOnReady`), repeating until no new ones appear.
 */
const GCDS_READY = `<script type="module">
const collect = (root, found) => {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('gcds-')) found.add(el);
    if (el.shadowRoot) collect(el.shadowRoot, found);
  }
  return found;
};
let waited = new Set();
for (;;) {
  const hosts = [...collect(document, new Set())].filter((el) => !waited.has(el));
  if (hosts.length === 0) break;
  await Promise.all([...new Set(hosts.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(hosts.map((el) => el.componentOnReady()));
  for (const el of hosts) waited.add(el);
}
${markReady}
</script>`;

function gcdsOptions(field: Field): string {
  const options = (field.options ?? []).map((option, index) => ({
    id: index === 0 ? field.name : `${field.name}-${index + 1}`,
    label: option.label.en,
    value: option.value,
  }));
  return ` options="${esc(JSON.stringify(options))}"`;
}

function gcdsField(field: Field): string {
  const shared = `name="${field.name}"${attribute('hint', field.hint?.en)}${attribute('error-message', field.error?.en)}`;
  switch (field.kind) {
    case 'text':
      return `<gcds-input input-id="${field.name}" ${shared}${attribute('label', field.label.en)}></gcds-input>`;
    case 'radios':
      return `<gcds-radios ${shared}${attribute('legend', field.label.en)}${gcdsOptions(field)}></gcds-radios>`;
    case 'checkboxes':
      return `<gcds-checkboxes ${shared}${attribute('legend', field.label.en)}${gcdsOptions(field)}></gcds-checkboxes>`;
    case 'date':
      return `<gcds-date-input ${shared}${attribute('legend', field.label.en)} format="full"></gcds-date-input>`;
  }
}

/** GCDS's page: language toggle, error summary, its form components and button. */
export function gcdsPage({ fields = formFields() }: { fields?: Field[] } = {}): string {
  const errorLinks = Object.fromEntries(errorsOf(fields).map((field) => [`#${field.name}`, field.error.en]));
  return page({
    lang: 'en',
    title: `Error: ${TITLE.en}`,
    head: `<link rel="stylesheet" href="${GCDS_STYLESHEET}">`,
    body: `<header><gcds-lang-toggle href="/fr"></gcds-lang-toggle></header>
<main id="main-content">
<h1>${esc(TITLE.en)}</h1>
<form method="post" novalidate>
<gcds-error-summary error-links="${esc(JSON.stringify(errorLinks))}"></gcds-error-summary>
${fields.map(gcdsField).join('\n')}
<gcds-button type="submit">Continue</gcds-button>
</form>
</main>
<script type="module" src="${GCDS_SCRIPT}"></script>
${GCDS_READY}`,
  });
}

/**
 * GCDS's components draw nothing without their script, so its plain-HTML
 * baseline is the same form in native HTML (labels, fieldsets, inputs) with
 * GCDS's global stylesheet: what the page is before any component runs.
 */
export function gcdsPlainPage({ fields = formFields() }: { fields?: Field[] } = {}): string {
  const errors = errorsOf(fields)
    .map((field) => `<li><a href="#${field.name}">${esc(field.error.en)}</a></li>`)
    .join('');
  const control = (field: Field) => {
    const hint = field.hint ? `<p id="${field.name}-hint">${esc(field.hint.en)}</p>` : '';
    const error = field.error ? `<p id="${field.name}-error"><strong>${esc(field.error.en)}</strong></p>` : '';
    if (field.kind === 'text')
      return `<div><label for="${field.name}">${esc(field.label.en)}</label>${hint}${error}<input id="${field.name}" name="${field.name}" type="text"></div>`;
    const inputs =
      field.kind === 'date'
        ? ['day', 'month', 'year']
            .map(
              (part) =>
                `<label for="${field.name}-${part}">${part[0]!.toUpperCase()}${part.slice(1)}</label><input id="${field.name}-${part}" name="${field.name}-${part}" inputmode="numeric">`,
            )
            .join('')
        : (field.options ?? [])
            .map((option, index) => {
              const id = index === 0 ? field.name : `${field.name}-${index + 1}`;
              return `<div><input id="${id}" name="${field.name}" type="${field.kind === 'radios' ? 'radio' : 'checkbox'}" value="${option.value}"><label for="${id}">${esc(option.label.en)}</label></div>`;
            })
            .join('');
    return `<fieldset><legend>${esc(field.label.en)}</legend>${hint}${error}${inputs}</fieldset>`;
  };
  return page({
    lang: 'en',
    title: `Error: ${TITLE.en}`,
    head: `<link rel="stylesheet" href="${GCDS_STYLESHEET}">`,
    body: `<header><a href="/fr" lang="fr">Français</a></header>
<main id="main-content">
<h1>${esc(TITLE.en)}</h1>
<form method="post" novalidate>
<section role="alert"><h2>There is a problem</h2><ul>${errors}</ul></section>
${fields.map(control).join('\n')}
<button type="submit">Continue</button>
</form>
</main>
${PLAIN_READY}`,
  });
}
