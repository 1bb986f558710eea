/**
 * The one place the patterns take their escaped-HTML builder from: the forms
 * runner's (`html`, `attrs`, `raw`), so every Cydran server page escapes the
 * same way. Every value put into `html` is escaped; only another `html`
 * result (or `raw`, for markup a Cydran renderer made) is written as it is.
 */
export { html, attrs, raw, toString as htmlToString, type Html } from '@cydran/forms/html';
