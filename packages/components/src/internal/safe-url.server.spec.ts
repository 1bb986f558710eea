import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { byTag, attr, parseHTML, textOf } from '../../../../test/support/html.js';
import { fragmentId, isSafeUrl } from './safe-url.js';

const unsafe = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'javascript:alert(1)\u0000 ',
];
const safe = [
  'https://example.com/',
  'http://example.com',
  'mailto:a@example.com',
  'tel:+441234',
  '/path?q=1',
  'next',
  '#main',
  '?page=2',
  '//example.com/x',
  'javascript%3Aalert(1)',
];

function rendered(tag: string, attributes: Record<string, string>): { html: string; problems: string[] } {
  const problems: string[] = [];
  return { html: renderElement(tag, attributes, { onProblem: (p) => problems.push(p) }), problems };
}

describe('safe URLs', () => {
  it('refuses dangerous schemes however a browser would read them, and allows the safe ones', () => {
    expect(unsafe.filter(isSafeUrl)).to.deep.equal([]);
    expect(safe.filter((url) => !isSafeUrl(url))).to.deep.equal([]);
  });

  it('replaces an unsafe url prop with "#" and names the element, attribute and fix', () => {
    for (const href of unsafe) {
      const { html, problems } = rendered('cyd-button', { href });
      expect(byTag(parseHTML(html), 'a').map((a) => attr(a, 'href'))).to.deep.equal(['#']);
      expect(problems.join('\n'))
        .to.contain('<cyd-button>: href=')
        .and.contain('is not a safe link')
        .and.contain('Use an http(s), mailto:, tel:, relative or #fragment URL.');
    }
    expect(byTag(parseHTML(rendered('cyd-button', { href: '/next' }).html), 'a').map((a) => attr(a, 'href'))).to.deep.equal(['/next']);
  });

  it('checks each language of a bilingual link (language toggle href-cy)', () => {
    const { html, problems } = rendered('cyd-language-toggle', { 'href-cy': 'javascript:alert(1)', 'href-en': '/en' });
    const hrefs = byTag(parseHTML(html), 'a').map((a) => attr(a, 'href'));
    expect(hrefs.some((h) => h?.startsWith('javascript'))).to.equal(false);
    expect(problems.join('\n')).to.contain('is not a safe link');
  });

  it('makes every href inside JSON safe (error summary errors[].href)', () => {
    const errors = JSON.stringify([{ text: 'Bad', href: ' javascript:alert(1)' }, null, { text: 'Good', href: '#name' }]);
    const { html, problems } = rendered('cyd-error-summary', { errors });
    const root = parseHTML(html);
    expect(byTag(root, 'a').map((a) => attr(a, 'href'))).to.deep.equal(['#', '#name']);
    expect(problems.join('\n')).to.contain('errors[0].href=').and.contain('errors[1] is null');
  });

  it('reads a fragment with a stray % without throwing', () => {
    expect(fragmentId('100%')).to.equal('100%');
    expect(fragmentId('a%20b')).to.equal('a b');
  });
});

describe('hostile values', () => {
  const lit = JSON.stringify({ _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] });

  it('renders a template-result look-alike in JSON as data, never as a template', () => {
    const problems: string[] = [];
    const html = expandHTML(`<cyd-error-summary errors='[{"text":${lit},"href":"#a"}]'></cyd-error-summary><cyd-button>After</cyd-button>`, {
      onProblem: (p) => problems.push(p),
    });
    expect(byTag(parseHTML(html), 'img')).to.deep.equal([]);
    expect(byTag(parseHTML(html), 'button').map(textOf)).to.deep.equal(['After']);
    expect(problems.join('\n')).to.contain('errors[0].text._$litType$ is not a key Cydran reads');
  });

  it('refuses a template-result look-alike as text, and renders the rest', () => {
    const problems: string[] = [];
    const html = expandHTML(`<cyd-button text='{"en":${lit}}'></cyd-button><cyd-button text="Next">`, { onProblem: (p) => problems.push(p) });
    expect(byTag(parseHTML(html), 'img')).to.deep.equal([]);
    expect(problems.join('\n')).to.contain('<cyd-button>: text.en is an object, not text');
  });

  it('gives a JSON prop’s own example in its invalid-JSON message', () => {
    const { problems } = rendered('cyd-error-summary', { errors: '[{' });
    expect(problems.join('\n')).to.contain(`errors='[{"text":"…","href":"#field-id"}]'`);
  });
});
