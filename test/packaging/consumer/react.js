// A React server render with the installed @cydran/react wrappers, expanded
// by the installed @cydran/components/server, as docs/guides/react.md says:
// the page then has its real label and input with JavaScript off.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { TextInput } from '@cydran/react/text-input';
import { expandHTML } from '@cydran/components/server';
import { parseFragment } from 'parse5';

function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}
const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));

const app = createElement(
  'main',
  { lang: 'cy' },
  createElement(TextInput, { name: 'email', type: 'email', label: { en: 'Email address', cy: 'Cyfeiriad e-bost' } }),
);
const html = expandHTML(renderToString(app));
const all = [...elements(parseFragment(html))];
const input = all.find((element) => element.tagName === 'input');
console.log(
  JSON.stringify({
    resolved: import.meta.resolve('@cydran/react/text-input'),
    label: text(all.find((element) => element.tagName === 'label') ?? { nodeName: '#text', value: '' }).trim(),
    input: input ? Object.fromEntries(input.attrs.filter((attr) => ['name', 'type'].includes(attr.name)).map((attr) => [attr.name, attr.value])) : null,
  }),
);
