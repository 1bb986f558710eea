// renderPage's document, read back with a real HTML parser: the head, the
// order of the page's parts, the options a caller can pass, and the errors
// that name a bad option and its fix.
import '../node-globals.js';
import { expect } from 'chai';
import { type PageOptions, renderPage } from '../../packages/components/src/server.js';
import { attr, byTag, classes, elementChildren, oneByTag, parseDocument, queryAll, textOf } from '../support/html.js';
import { contentPage, questionPage } from './pages.js';

const minimal: PageOptions = { lang: 'en', title: 'Start', body: '<h1>Start</h1>' };

function problemsOf(options: PageOptions): string[] {
  const problems: string[] = [];
  renderPage({ ...options, onProblem: (p) => problems.push(p) });
  return problems;
}

describe('renderPage', () => {
  it('writes a whole document: doctype, html lang, charset, title, viewport, theme colour', () => {
    const root = parseDocument(
      renderPage({ ...minimal, lang: 'cy', title: 'Dechrau', serviceName: { en: 'Parking', cy: 'Parcio' }, organisation: 'Cyngor Sir Gwernyfed' }),
    );
    expect(root.children[0]).to.deep.include({ kind: 'doctype' });
    const html = oneByTag(root, 'html');
    expect([attr(html, 'lang'), classes(html)]).to.deep.equal(['cy', ['cyd-template']]);
    expect(textOf(oneByTag(root, 'title'))).to.equal('Dechrau – Parcio – Cyngor Sir Gwernyfed');
    expect(attr(oneByTag(root, 'meta', { charset: 'utf-8' }), 'charset')).to.equal('utf-8');
    expect(attr(oneByTag(root, 'meta', { name: 'viewport' }), 'content')).to.equal('width=device-width, initial-scale=1, viewport-fit=cover');
    expect(attr(oneByTag(root, 'meta', { name: 'theme-color' }), 'content')).to.equal('#0b4f6c');
  });

  it('puts the skip link first, then the header landmark, the back link, main and the footer', () => {
    const body = oneByTag(parseDocument(questionPage('en', false)), 'body');
    const parts = elementChildren(body).map((element) => element.tag + (element.tag === 'div' ? `.${classes(element).join('.')}` : ''));
    expect(parts).to.deep.equal(['cyd-skip-link', 'header', 'div.cyd-width-container', 'cyd-footer']);
    const container = elementChildren(body)[2]!;
    expect(elementChildren(container).map((element) => element.tag)).to.deep.equal(['cyd-back-link', 'main']);
    const main = oneByTag(body, 'main');
    expect([attr(main, 'id'), classes(main)]).to.deep.equal(['main-content', ['cyd-main-wrapper']]);
    const header = elementChildren(body)[1]!;
    expect(byTag(header, 'cyd-header').length + byTag(header, 'cyd-phase-banner').length).to.equal(2);
    expect(byTag(header, 'header'), 'the header component does not add a second banner').to.deep.equal([]);
  });

  it('renders its fixture pages with no developer problem', () => {
    for (const lang of ['en', 'cy'] as const) {
      for (const page of [() => questionPage(lang, true), () => contentPage(lang)]) {
        const problems: string[] = [];
        const original = console.warn;
        console.warn = (message: unknown) => problems.push(String(message));
        try {
          page();
        } finally {
          console.warn = original;
        }
        expect(problems).to.deep.equal([]);
      }
    }
  });

  it('writes the caller’s stylesheets and module scripts, each with the CSP nonce', () => {
    const root = parseDocument(renderPage({ ...minimal, stylesheets: ['/a.css', '/b.css'], scripts: ['/cydran.js'], cspNonce: 'r4nd0m' }));
    const links = byTag(root, 'link').filter((link) => attr(link, 'rel') === 'stylesheet');
    expect(links.map((link) => [attr(link, 'href'), attr(link, 'nonce')])).to.deep.equal([
      ['/a.css', 'r4nd0m'],
      ['/b.css', 'r4nd0m'],
    ]);
    const script = oneByTag(root, 'script');
    expect([attr(script, 'type'), attr(script, 'src'), attr(script, 'nonce')]).to.deep.equal(['module', '/cydran.js', 'r4nd0m']);
  });

  it('links every language’s address with hreflang, and puts a language toggle in the header', () => {
    const root = parseDocument(renderPage({ ...minimal, alternates: { en: '/en/start', cy: '/cy/dechrau' } }));
    const alternates = byTag(root, 'link').filter((link) => attr(link, 'rel') === 'alternate');
    expect(alternates.map((link) => [attr(link, 'hreflang'), attr(link, 'href')])).to.deep.equal([
      ['en', '/en/start'],
      ['cy', '/cy/dechrau'],
    ]);
    const toggle = oneByTag(oneByTag(root, 'cyd-header'), 'cyd-language-toggle');
    expect([attr(toggle, 'data-region'), attr(toggle, 'href-cy')]).to.deep.equal(['language', '/cy/dechrau']);
    const without = parseDocument(renderPage({ ...minimal, alternates: { en: '/en/start', cy: '/cy/dechrau' }, languageToggle: false }));
    expect(byTag(without, 'cyd-language-toggle')).to.deep.equal([]);
  });

  it('passes component options through each component’s own attributes, both languages kept', () => {
    const root = parseDocument(
      renderPage({
        ...minimal,
        header: { organisation: { en: 'Council', cy: 'Cyngor' }, content: '<a data-region="account" href="/sign-out">Sign out</a>' },
        footer: false,
        skipLink: false,
      }),
    );
    const header = oneByTag(root, 'cyd-header');
    expect([attr(header, 'organisation-en'), attr(header, 'organisation-cy'), attr(header, 'no-banner')]).to.deep.equal(['Council', 'Cyngor', '']);
    expect(textOf(oneByTag(header, 'a', { href: '/sign-out' }))).to.equal('Sign out');
    expect(byTag(root, 'cyd-footer').concat(byTag(root, 'cyd-skip-link'))).to.deep.equal([]);
  });

  it('takes attributes for html, body and main, and the main content’s own language', () => {
    const root = parseDocument(
      renderPage({
        ...minimal,
        htmlAttributes: { class: 'cyd-template app' },
        bodyAttributes: { 'data-page': 'start' },
        mainAttributes: { class: 'cyd-main-wrapper wide' },
        mainLang: 'cy',
      }),
    );
    expect(classes(oneByTag(root, 'html'))).to.deep.equal(['cyd-template', 'app']);
    expect(attr(oneByTag(root, 'body'), 'data-page')).to.equal('start');
    const main = oneByTag(root, 'main');
    expect([attr(main, 'id'), attr(main, 'lang'), classes(main)]).to.deep.equal(['main-content', 'cy', ['cyd-main-wrapper', 'wide']]);
  });

  it('escapes the title and attribute values', () => {
    const root = parseDocument(renderPage({ ...minimal, title: 'Fish & <chips>', stylesheets: ['/a.css?x="1"'] }));
    expect(textOf(oneByTag(root, 'title'))).to.equal('Fish & <chips>');
    expect(queryAll(root, (element) => element.tag === 'chips')).to.deep.equal([]);
    expect(attr(byTag(root, 'link')[0]!, 'href')).to.equal('/a.css?x="1"');
  });

  it('throws an error naming the option and the fix for a missing title, language or body', () => {
    const bad = (options: unknown) => () => renderPage(options as PageOptions);
    expect(bad({ title: 'Start', body: '' })).to.throw(TypeError, /options\.lang is missing.*'en' or 'cy'/);
    expect(bad({ lang: 'fr', title: 'Start', body: '' })).to.throw(TypeError, /options\.lang is "fr"/);
    expect(bad({ lang: 'en', body: '' })).to.throw(TypeError, /options\.title is missing.*title: 'What is your address\?'/);
    expect(bad({ lang: 'cy', title: { en: 'Start' }, body: '' })).to.throw(TypeError, /options\.title has no 'cy' text/);
    expect(bad({ lang: 'en', title: 'Start' })).to.throw(TypeError, /options\.body is missing/);
    expect(bad({ ...minimal, alternates: { fr: '/fr' } })).to.throw(TypeError, /options\.alternates/);
    expect(bad({ ...minimal, header: { organization: 'Council' } })).to.throw(TypeError, /options\.header\.organization is not a property of <cyd-header>/);
    expect(bad({ ...minimal, backLink: { href: '/' }, breadcrumbs: { items: [] } })).to.throw(TypeError, /backLink and options\.breadcrumbs/);
    expect(bad({ ...minimal, bodyAttributes: { 'on load': 'x' } })).to.throw(TypeError, /options\.bodyAttributes has "on load"/);
  });

  it('passes the components’ developer problems to onProblem', () => {
    expect(problemsOf({ ...minimal, phaseBanner: { phase: 'beta' } }).some((p) => p.includes('<cyd-phase-banner> has no feedback-href'))).to.equal(true);
  });
});
