import { expect } from 'chai';
import { expandHTML, renderElement } from './server.js';

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
});
