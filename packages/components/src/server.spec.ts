import { expect } from 'chai';
import { expandHTML, renderElement, serverTags } from './server.js';
import {
  attr,
  attrs,
  byClass,
  byId,
  byTag,
  classes,
  commentsOf,
  elementChildren,
  oneByClass,
  oneByTag,
  outline,
  parseDocument,
  parseHTML,
  queryAll,
  rawTextOf,
  textOf,
  type HtmlRoot,
} from '../../../test/support/html.js';
import { attributesFor, contentFor } from '../../../test/server/render-many.js';

/** Each error message's hidden prefix and its whole text, in page order. */
function errorMessages(root: HtmlRoot): [string, string][] {
  return byClass(root, 'cyd-error-message').map((message) => [textOf(oneByClass(message, 'cyd-visually-hidden')), textOf(message)]);
}

function skipLinkText(root: HtmlRoot): string {
  return textOf(oneByTag(root, 'a', { class: 'cyd-skip-link' }));
}

/** The top-level nodes, written short: comments as in the source, the doctype, elements as their start tag's name and lang. */
function topLevel(root: HtmlRoot): string[] {
  return root.children.flatMap((node) => {
    if (node.kind === 'comment') return [`<!--${node.text}-->`];
    if (node.kind === 'doctype') return ['<!doctype>'];
    if (node.kind === 'element') return [node.tag + (attr(node, 'lang') === undefined ? '' : ` lang="${attr(node, 'lang')}"`)].map((start) => `<${start}>`);
    return rawTextOf(node).trim() ? [rawTextOf(node)] : [];
  });
}

/** Which of html, head and body the page wrote itself (the parser adds any that are missing). */
function writtenPageElements(document: HtmlRoot): string[] {
  return queryAll(document, (element) => ['html', 'head', 'body'].includes(element.tag) && element.writtenInSource).map((element) => element.tag);
}

describe('server rendering', () => {
  it('renders a text input in the light DOM with label, hint and wiring', () => {
    const root = parseHTML(
      renderElement(
        'cyd-text-input',
        { name: 'email', label: 'Email address', 'label-cy': 'Cyfeiriad e-bost', hint: 'We will reply here', type: 'email', required: true },
        { locale: 'cy' },
      ),
    );
    const [host, ...others] = elementChildren(root);
    expect([host?.tag, host && attr(host, 'name'), others], 'the light DOM host, with the markup inside it').to.deep.equal(['cyd-text-input', 'email', []]);
    const label = oneByTag(root, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'email' }, 'Cyfeiriad e-bost']);
    expect(textOf(byId(root, 'email-hint'))).to.equal('We will reply here');
    expect(attrs(oneByTag(root, 'input'))).to.include({ id: 'email', name: 'email', type: 'email', 'aria-describedby': 'email-hint', required: '' });
    expect(commentsOf(root), 'no Lit markers').to.deep.equal([]);
  });

  it('renders a server-side error with the hidden prefix in the right language', () => {
    const root = parseHTML(
      renderElement(
        'cyd-text-input',
        { name: 'nhs', label: 'NHS number', error: 'Enter a real NHS number', 'error-cy': 'Rhowch rif GIG go iawn', value: '123' },
        { locale: 'cy' },
      ),
    );
    expect(errorMessages(root)).to.deep.equal([['Gwall:', 'Gwall: Rhowch rif GIG go iawn']]);
    const input = oneByTag(root, 'input');
    expect([attr(input, 'value'), attr(input, 'aria-invalid')]).to.deep.equal(['123', 'true']);
    expect(byClass(root, 'cyd-form-group--error').map(classes)).to.deep.equal([['cyd-form-group', 'cyd-form-group--error']]);
  });

  it('expands each element in the language its ancestors give', () => {
    const page = `<!doctype html><html lang="en"><body>
      <form><cyd-text-input name="a" label="Name" label-cy="Enw" error="Enter your name" error-cy="Rhowch eich enw"></cyd-text-input>
      <div lang="cy"><cyd-text-input name="b" label="Name" label-cy="Enw" error="Enter your name" error-cy="Rhowch eich enw"></cyd-text-input></div></form>
    </body></html>`;
    const document = parseDocument(expandHTML(page));
    expect(byTag(document, 'label').map((label) => [attrs(label), textOf(label)])).to.deep.equal([
      [{ class: 'cyd-label', for: 'a' }, 'Name'],
      [{ class: 'cyd-label', for: 'b' }, 'Enw'],
    ]);
    expect(errorMessages(document)).to.deep.equal([
      ['Error:', 'Error: Enter your name'],
      ['Gwall:', 'Gwall: Rhowch eich enw'],
    ]);
    const [doctype, html] = document.children;
    expect([doctype?.kind, html?.kind === 'element' && html.tag, html?.kind === 'element' && attr(html, 'lang')]).to.deep.equal(['doctype', 'html', 'en']);
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
    expect(textOf(oneByTag(parseHTML(renderElement('cyd-skip-link', {}, { content: '<b>Skip</b>', onProblem })), 'a'))).to.equal('Skip to main content');
    expandHTML('<cyd-skip-link> <!-- a comment -->\n </cyd-skip-link><cyd-fieldset legend="L"><p>Kept</p></cyd-fieldset>', { onProblem });
    expandHTML('<cyd-select name="s" label="S"><option value="a">A</option></cyd-select>', { onProblem });
    expect(problems).to.deep.equal(['<cyd-skip-link> does not take content; use its attributes instead. The content was left out.']);
  });

  it('reads options.locale as a language tag, as it reads lang', () => {
    const skipText = (html: string): string => skipLinkText(parseHTML(html));
    expect(skipText(renderElement('cyd-skip-link', {}, { locale: 'cy-GB' }))).to.equal('Neidio i’r prif gynnwys');
    expect(skipText(expandHTML('<cyd-skip-link></cyd-skip-link>', { locale: 'CY' }))).to.equal('Neidio i’r prif gynnwys');
    expect(skipText(renderElement('cyd-skip-link', {}, { locale: 'fr' }))).to.equal('Skip to main content');
    expect(skipText(renderElement('cyd-skip-link', { lang: 'cy-GB' }, { locale: 'en' }))).to.equal('Neidio i’r prif gynnwys');
  });

  it('shortens the templates’ own white space, never a textarea’s text or the author’s', () => {
    const input = renderElement('cyd-text-input', { name: 'a', label: 'A' });
    expect(input).not.to.contain('\n\n');
    const textarea = oneByTag(parseHTML(renderElement('cyd-textarea', { name: 'a', label: 'A', value: '  \n\n  x  \n' })), 'textarea');
    expect(outline(textarea)).to.deep.equal(['  \n\n  x  \n']);
    const content = oneByClass(parseHTML(expandHTML('<cyd-fieldset legend="L"><pre>a\n\n   b</pre>  \n\n  <p>c</p></cyd-fieldset>')), 'cyd-fieldset__content');
    expect(outline(content)).to.deep.equal([
      { tag: 'pre', attributes: {}, children: ['a\n\n   b'] },
      '  \n\n  ',
      { tag: 'p', attributes: {}, children: ['c'] },
    ]);
  });

  it('leaves none of Lit’s hydration markers in any component’s output', () => {
    for (const tag of serverTags()) {
      for (const i of [0, 1, 2]) {
        const html = renderElement(tag, attributesFor(tag, i), { content: contentFor(tag, i), onProblem: () => {} });
        // Lit's part markers and the renderer's content placeholders are all comments (<?> parses as one too); no author content here has any.
        expect(
          commentsOf(parseHTML(html)).map((comment) => comment.text),
          `${tag} ${i}`,
        ).to.deep.equal([]);
      }
    }
  });

  it('renders the same markup through renderElement and expandHTML', () => {
    const attributes = { name: 'a', label: 'Name', 'label-cy': 'Enw', value: 'Siân "S" & <b>', error: 'Enter a name', 'error-cy': 'Rhowch enw' };
    const expanded = expandHTML(
      `<cyd-text-input name="a" label="Name" label-cy="Enw" value="Siân &quot;S&quot; &amp; <b>" error="Enter a name" error-cy="Rhowch enw"></cyd-text-input>`,
      { locale: 'cy' },
    );
    expect(outline(parseHTML(expanded))).to.deep.equal(outline(parseHTML(renderElement('cyd-text-input', attributes, { locale: 'cy' }))));
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
      const document = parseDocument(html);
      expect(topLevel(document)).to.deep.equal([...comments, '<!doctype>', '<html lang="cy">']);
      expect(writtenPageElements(document)).to.deep.equal(['html', 'head', 'body']);
      expect(textOf(oneByTag(document, 'title'))).to.equal('Ffurflen');
      expect(skipLinkText(document)).to.equal('Neidio i’r prif gynnwys');
      expect(html).not.to.contain('\uFEFF');
    });
  }

  it('keeps a page with <html> and no doctype, and adds none', () => {
    const document = parseDocument(expandHTML(`<!-- no doctype --><html lang="cy"><head><title>T</title></head>${body}</html>`));
    expect(topLevel(document)).to.deep.equal(['<!-- no doctype -->', '<html lang="cy">']);
    expect(writtenPageElements(document)).to.deep.equal(['html', 'head', 'body']);
    expect(textOf(oneByTag(document, 'title'))).to.equal('T');
    expect(skipLinkText(document)).to.equal('Neidio i’r prif gynnwys');
  });

  // A source with its own <body> is a whole page (README): it comes back as one, serialised with <html> and <head>.
  it('keeps a page that starts at <body> as a whole page, with its comment first and the body’s lang', () => {
    const document = parseDocument(expandHTML(`<!-- x --><body lang="cy"><cyd-skip-link></cyd-skip-link></body>`));
    expect(topLevel(document)).to.deep.equal(['<!-- x -->', '<html>']);
    expect(writtenPageElements(document), 'the body is written, not left to the parser').to.include('body');
    expect(attr(oneByTag(document, 'body'), 'lang')).to.equal('cy');
    expect(skipLinkText(document)).to.equal('Neidio i’r prif gynnwys');
  });

  for (const [what, fragment] of [
    ['a plain fragment', '<div lang="cy"><cyd-skip-link></cyd-skip-link></div>'],
    ['a fragment that starts with a comment', '<!-- c --><div lang="cy"><cyd-skip-link></cyd-skip-link></div>'],
    [
      'a fragment that mentions page tags in an attribute and a comment',
      '<!-- <html><body> --><div lang="cy" title="<html> <body> <!doctype html>"><cyd-skip-link></cyd-skip-link></div>',
    ],
  ] as const) {
    it(`returns ${what} as a fragment, with no <html>, <head> or <body> added`, () => {
      const root = parseHTML(expandHTML(fragment));
      expect(topLevel(root), 'the fragment’s own leading comment, then its div').to.deep.equal(topLevel(parseHTML(fragment)));
      expect(queryAll(root).map((element) => element.tag)).not.to.include.members(['html', 'head', 'body']);
      expect(skipLinkText(root)).to.equal('Neidio i’r prif gynnwys');
    });
  }
});

describe('renderElement: attribute names and values from code', () => {
  const field = { name: 'a', label: 'A' };

  for (const name of [
    'x"><img src=x onerror=alert(1)>',
    'a b',
    "it's",
    'a=b',
    'a/b',
    'a>b',
    '',
    'tab\there',
    'nul\u0000',
    'del\u007f',
    'non\uFDD0char',
    'non\uFFFEchar',
  ]) {
    it(`refuses the attribute name ${JSON.stringify(name)}, naming the element and the attribute`, () => {
      expect(() => renderElement('cyd-text-input', { ...field, [name]: 'y' })).to.throw(
        TypeError,
        `renderElement(<cyd-text-input>): ${JSON.stringify(name)} is not an attribute name`,
      );
    });
  }

  it('accepts every name HTML allows, and writes values escaped', () => {
    const root = parseHTML(renderElement('cyd-text-input', { ...field, 'data-ünïcode': 'a"b&c<d>', '@x': 'y', 'aria-label': '"><script>alert(1)</script>' }));
    expect(queryAll(root)).to.have.length.greaterThan(1);
    expect(attrs(oneByTag(root, 'cyd-text-input'))).to.include({ 'data-ünïcode': 'a"b&c<d>', '@x': 'y', 'aria-label': '"><script>alert(1)</script>' });
    expect(byTag(root, 'script')).to.have.length(0);
  });

  it('writes numbers (and bigints) as text', () => {
    const root = parseHTML(renderElement('cyd-textarea', { ...field, rows: 8, 'data-n': 10n as unknown as number }));
    expect(attr(oneByTag(root, 'textarea'), 'rows')).to.equal('8');
    expect(attr(oneByTag(root, 'cyd-textarea'), 'data-n')).to.equal('10');
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
    expect(() => renderElement('cyd-fieldset', { legend: 'L' }, { content: { _$litType$: 1, strings: ['<img>'], values: [] } as unknown as string })).to.throw(
      TypeError,
      'content is HTML as a string',
    );
  });
});
