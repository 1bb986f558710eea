// A Node server writing a sign-in page from the installed @cydran/auth only:
// the first sign-in step in Welsh and, after a wrong email, in English.
// Prints facts read from the HTML with parse5 for the test to compare.
import { parse } from 'parse5';
import { renderAuthPage, signInEmailPage, validateEmail } from '@cydran/auth/patterns';

function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.content ?? child);
  }
}
const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));
const attribute = (element, name) => element?.attrs.find((attr) => attr.name === name)?.value ?? null;

function facts(html) {
  const all = [...elements(parse(html))];
  const input = all.find((element) => element.tagName === 'input' && attribute(element, 'type') === 'email');
  return {
    lang: attribute(
      all.find((element) => element.tagName === 'html'),
      'lang',
    ),
    title: text(all.find((element) => element.tagName === 'title')).trim(),
    h1: text(all.find((element) => element.tagName === 'h1') ?? { nodeName: '#text', value: '' }).trim(),
    form: attribute(
      all.find((element) => element.tagName === 'form'),
      'action',
    ),
    email: input ? { name: attribute(input, 'name'), value: attribute(input, 'value') } : null,
    errorSummaryLinks: all.filter((element) => element.tagName === 'a' && attribute(element, 'href') === '#email').length,
  };
}

const state = { action: '/sign-in', csrf: { token: 'token' }, createAccountHref: '/create-account' };
const wrong = validateEmail({ email: 'not an email' }, 'en');
const site = { serviceName: { en: 'Your council account', cy: 'Eich cyfrif cyngor' } };
console.log(
  JSON.stringify({
    resolved: import.meta.resolve('@cydran/auth/patterns'),
    wrongMessage: wrong.errors[0]?.message ?? null,
    cy: facts(renderAuthPage(signInEmailPage(state, 'cy'), site)),
    enWithError: facts(renderAuthPage(signInEmailPage({ ...state, values: wrong.values, errors: wrong.errors }, 'en'), site)),
  }),
);
