// A Node server rendering Cydran components, from the installed packages only.
// Prints what it rendered as JSON facts (read from the HTML with parse5, the
// parser the server renderer itself needs) for the test to compare.
import { parseFragment } from 'parse5';
import { expandHTML, renderElement } from '@cydran/components/server';

/** Every element of a parse5 tree, depth first. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}

function text(node) {
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(text).join('');
}

function facts(html) {
  const all = [...elements(parseFragment(html))];
  const input = all.find((element) => element.tagName === 'input');
  const label = all.find((element) => element.tagName === 'label');
  return {
    tags: [...new Set(all.map((element) => element.tagName))].filter((tag) => tag.startsWith('cyd-')).sort(),
    label: label ? text(label).trim() : null,
    labelFor: label?.attrs.find((attr) => attr.name === 'for')?.value ?? null,
    input: input ? Object.fromEntries(input.attrs.map((attr) => [attr.name, attr.value])) : null,
  };
}

const attributes = { name: 'email', type: 'email', label: 'Email address', 'label-cy': 'Cyfeiriad e-bost' };
const page =
  '<main lang="cy"><cyd-text-input name="email" label="Email address" label-cy="Cyfeiriad e-bost"></cyd-text-input>' +
  '<cyd-button text="Continue" text-cy="Parhau"></cyd-button></main>';

console.log(
  JSON.stringify({
    resolved: import.meta.resolve('@cydran/components/server'),
    cy: facts(renderElement('cyd-text-input', attributes, { locale: 'cy' })),
    en: facts(renderElement('cyd-text-input', attributes, { locale: 'en' })),
    page: facts(expandHTML(page)),
  }),
);
