import { expect } from 'chai';
import { expandHTML, renderElement, serverTags } from './server.js';
import { elementsOf, findAll, findOne } from './server/query.fixture.js';
import { attributesFor, contentFor } from '../../../test/server/render-many.js';

describe('server rendering', () => {
  it('renders a text input in the light DOM with label, hint and wiring', () => {
    const html = renderElement('cyd-text-input', { name: 'email', label: 'Email address', 'label-cy': 'Cyfeiriad e-bost', hint: 'We will reply here', type: 'email', required: true }, { locale: 'cy' });
    expect(html).to.match(/^<cyd-text-input name="email"/);
    expect(html).to.contain('<label class="cyd-label" for="email">Cyfeiriad e-bost</label>');
    expect(html).to.contain('id="email-hint"');
    expect(html).to.match(/<input[^>]+aria-describedby="email-hint"/);
    expect(html).to.match(/<input[^>]+required/);
    expect(html).not.to.contain('lit-part');
  });

  it('renders a server-side error with the hidden prefix in the right language', () => {
    const html = renderElement('cyd-text-input', { name: 'nhs', label: 'NHS number', error: 'Enter a real NHS number', 'error-cy': 'Rhowch rif GIG go iawn', value: '123' }, { locale: 'cy' });
    expect(html).to.contain('<span class="cyd-visually-hidden">Gwall:</span> Rhowch rif GIG go iawn');
    expect(html).to.match(/<input[^>]+value="123"/);
    expect(html).to.match(/aria-invalid="true"/);
    expect(html).to.contain('cyd-form-group--error');
  });

  it('expands each element in the language its ancestors give', () => {
    const page = `<!doctype html><html lang="en"><body>
      <form><cyd-text-input name="a" label="Name" label-cy="Enw" error="Enter your name" error-cy="Rhowch eich enw"></cyd-text-input>
      <div lang="cy"><cyd-text-input name="b" label="Name" label-cy="Enw" error="Enter your name" error-cy="Rhowch eich enw"></cyd-text-input></div></form>
    </body></html>`;
    const html = expandHTML(page);
    expect(html).to.contain('<label class="cyd-label" for="a">Name</label>');
    expect(html).to.contain('<label class="cyd-label" for="b">Enw</label>');
    expect(html).to.contain('Error:</span> Enter your name');
    expect(html).to.contain('Gwall:</span> Rhowch eich enw');
    expect(html).to.match(/^<!DOCTYPE html><html lang="en">/);
  });

  it('reports developer mistakes naming the element, attribute and fix', () => {
    const problems: string[] = [];
    expandHTML('<cyd-text-input type="colour" label="Colour"></cyd-text-input><cyd-nonsense></cyd-nonsense>', { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('type="colour" is not allowed') && p.includes('text, email'))).to.equal(true);
    expect(problems.some((p) => p.includes('has no name') && p.includes('Add name='))).to.equal(true);
    expect(problems.some((p) => p.includes('<cyd-nonsense> is not a Cydran component'))).to.equal(true);
  });

  it('refuses an unknown tag in renderElement, listing the known ones', () => {
    expect(() => renderElement('cyd-nope')).to.throw(/cyd-nope.*Known: .*cyd-text-input/);
  });

  it('reports content given to a component that does not take any, as the browser does', () => {
    const problems: string[] = [];
    const onProblem = (p: string): void => void problems.push(p);
    expect(findOne(renderElement('cyd-skip-link', {}, { content: '<b>Skip</b>', onProblem }), 'a').text).to.equal('Skip to main content');
    expandHTML('<cyd-skip-link> <!-- a comment -->\n </cyd-skip-link><cyd-fieldset legend="L"><p>Kept</p></cyd-fieldset>', { onProblem });
    expandHTML('<cyd-select name="s" label="S"><option value="a">A</option></cyd-select>', { onProblem });
    expect(problems).to.deep.equal(['<cyd-skip-link> does not take content; use its attributes instead. The content was left out.']);
  });

  it('reads options.locale as a language tag, as it reads lang', () => {
    const skipText = (html: string): string => findOne(html, 'a', { class: 'cyd-skip-link' }).text;
    expect(skipText(renderElement('cyd-skip-link', {}, { locale: 'cy-GB' }))).to.equal('Neidio i’r prif gynnwys');
    expect(skipText(expandHTML('<cyd-skip-link></cyd-skip-link>', { locale: 'CY' }))).to.equal('Neidio i’r prif gynnwys');
    expect(skipText(renderElement('cyd-skip-link', {}, { locale: 'fr' }))).to.equal('Skip to main content');
    expect(skipText(renderElement('cyd-skip-link', { lang: 'cy-GB' }, { locale: 'en' }))).to.equal('Neidio i’r prif gynnwys');
  });

  it('shortens the templates’ own white space, never a textarea’s text or the author’s', () => {
    const input = renderElement('cyd-text-input', { name: 'a', label: 'A' });
    expect(input).not.to.contain('\n\n');
    const textarea = renderElement('cyd-textarea', { name: 'a', label: 'A', value: '  \n\n  x  \n' });
    expect(findOne(textarea, 'textarea').children).to.deep.equal([]);
    expect(textarea).to.contain('>\n  \n\n  x  \n</textarea>');
    const fieldset = expandHTML('<cyd-fieldset legend="L"><pre>a\n\n   b</pre>  \n\n  <p>c</p></cyd-fieldset>');
    expect(fieldset).to.contain('<pre>a\n\n   b</pre>  \n\n  <p>c</p>');
  });

  it('leaves none of Lit’s hydration markers in any component’s output', () => {
    for (const tag of serverTags()) {
      for (const i of [0, 1, 2]) {
        const html = renderElement(tag, attributesFor(tag, i), { content: contentFor(tag, i), onProblem: () => {} });
        for (const marker of ['<!--lit', '<!--/lit', '<?>', 'cyd-content ']) expect(html, `${tag} ${i}`).not.to.contain(marker);
      }
    }
  });

  it('renders the same markup through renderElement and expandHTML', () => {
    const attributes = { name: 'a', label: 'Name', 'label-cy': 'Enw', value: 'Siân "S" & <b>', error: 'Enter a name', 'error-cy': 'Rhowch enw' };
    const expanded = expandHTML(`<cyd-text-input name="a" label="Name" label-cy="Enw" value="Siân &quot;S&quot; &amp; <b>" error="Enter a name" error-cy="Rhowch enw"></cyd-text-input>`, { locale: 'cy' });
    expect(elementsOf(expanded)).to.deep.equal(elementsOf(renderElement('cyd-text-input', attributes, { locale: 'cy' })));
  });
});

describe('expandHTML: whole pages and fragments', () => {
  const body = '<body><cyd-skip-link></cyd-skip-link><main id="main-content"><p>Croeso</p></main></body>';

  for (const [what, start, comments] of [
    ['a comment', '<!-- built by the council CMS -->', ['<!-- built by the council CMS -->']],
    ['comments and white space', '\n  <!-- a -->\n<!--b-->  \n', ['<!-- a -->', '<!--b-->']],
    ['a byte order mark', '\uFEFF', []],
    ['an upper-case doctype after a comment', '<!--x-->', ['<!--x-->']],
  ] as const) {
    it(`keeps a page that starts with ${what}: doctype, <html lang>, head and body, in the page’s language`, () => {
      const doctype = what.includes('upper-case') ? '<!DOCTYPE HTML>' : '<!doctype html>';
      const html = expandHTML(`${start}${doctype}<html lang="cy"><head><title>Ffurflen</title></head>${body}</html>`);
      expect(html).to.contain('<!DOCTYPE html><html lang="cy"><head><title>Ffurflen</title></head><body>');
      expect(findOne(html, 'a', { class: 'cyd-skip-link' }).text).to.equal('Neidio i’r prif gynnwys');
      expect(html.startsWith(`${comments.join('')}<!DOCTYPE html>`)).to.equal(true, html.slice(0, 80));
      expect(html).not.to.contain('\uFEFF');
    });
  }

  it('keeps a page with <html> and no doctype, and adds none', () => {
    const html = expandHTML(`<!-- no doctype --><html lang="cy"><head><title>T</title></head>${body}</html>`);
    expect(html).to.match(/^<!-- no doctype --><html lang="cy"><head><title>T<\/title><\/head><body>/);
    expect(html).not.to.contain('DOCTYPE');
    expect(findOne(html, 'a', { class: 'cyd-skip-link' }).text).to.equal('Neidio i’r prif gynnwys');
  });

  it('keeps a page that starts at <body>, without making up <html> around a fragment', () => {
    const html = expandHTML(`<!-- x --><body lang="cy"><cyd-skip-link></cyd-skip-link></body>`);
    expect(html).to.contain('<body lang="cy">');
    expect(findOne(html, 'a', { class: 'cyd-skip-link' }).text).to.equal('Neidio i’r prif gynnwys');
  });

  for (const [what, fragment] of [
    ['a plain fragment', '<div lang="cy"><cyd-skip-link></cyd-skip-link></div>'],
    ['a fragment that starts with a comment', '<!-- c --><div lang="cy"><cyd-skip-link></cyd-skip-link></div>'],
    ['a fragment that mentions page tags in an attribute and a comment', '<!-- <html><body> --><div lang="cy" title="<html> <body> <!doctype html>"><cyd-skip-link></cyd-skip-link></div>'],
  ] as const) {
    it(`returns ${what} as a fragment, with no <html>, <head> or <body> added`, () => {
      const html = expandHTML(fragment);
      expect(html.startsWith(fragment.slice(0, fragment.indexOf('<div')))).to.equal(true);
      expect(elementsOf(html).map((e) => e.tag)).not.to.include.members(['html', 'head', 'body']);
      expect(findOne(html, 'a', { class: 'cyd-skip-link' }).text).to.equal('Neidio i’r prif gynnwys');
    });
  }
});

describe('renderElement: attribute names and values from code', () => {
  const field = { name: 'a', label: 'A' };

  for (const name of ['x"><img src=x onerror=alert(1)>', 'a b', "it's", 'a=b', 'a/b', 'a>b', '', 'tab\there', 'nul\u0000', 'del\u007f', 'non\uFDD0char', 'non\uFFFEchar']) {
    it(`refuses the attribute name ${JSON.stringify(name)}, naming the element and the attribute`, () => {
      expect(() => renderElement('cyd-text-input', { ...field, [name]: 'y' })).to.throw(TypeError, `renderElement(<cyd-text-input>): ${JSON.stringify(name)} is not an attribute name`);
    });
  }

  it('accepts every name HTML allows, and writes values escaped', () => {
    const html = renderElement('cyd-text-input', { ...field, 'data-ünïcode': 'a"b&c<d>', '@x': 'y', 'aria-label': '"><script>alert(1)</script>' });
    expect(elementsOf(html)).to.have.length.greaterThan(1);
    expect(findOne(html, 'cyd-text-input').attributes).to.include({ 'data-ünïcode': 'a"b&c<d>', '@x': 'y', 'aria-label': '"><script>alert(1)</script>' });
    expect(findAll(html, 'script')).to.have.length(0);
  });

  it('writes numbers (and bigints) as text', () => {
    const html = renderElement('cyd-textarea', { ...field, rows: 8, 'data-n': 10n as unknown as number });
    expect(findOne(html, 'textarea').attributes.rows).to.equal('8');
    expect(findOne(html, 'cyd-textarea').attributes['data-n']).to.equal('10');
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  for (const [what, value, described] of [
    ['an object', { en: 'A', cy: 'B' }, 'an object'],
    ['an array', ['a', 'b'], 'an array'],
    ['a cyclic object', cyclic, 'an object'],
    ['an object shaped like a Lit template', { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] }, 'an object'],
    ['a function', () => '<b>x</b>', 'a function'],
    ['a symbol', Symbol('x'), 'a symbol'],
  ] as const) {
    it(`refuses ${what} as a value, naming the element and the attribute, never rendering it as a template`, () => {
      expect(() => renderElement('cyd-text-input', { ...field, hint: value as unknown as string })).to.throw(
        TypeError,
        `renderElement(<cyd-text-input>): attribute "hint" is ${described}. Attribute values are strings, numbers or booleans; for a JSON attribute pass JSON.stringify(value).`,
      );
    });
  }

  it('refuses content that is not a string', () => {
    expect(() => renderElement('cyd-fieldset', { legend: 'L' }, { content: { _$litType$: 1, strings: ['<img>'], values: [] } as unknown as string })).to.throw(TypeError, 'content is HTML as a string');
  });
});

