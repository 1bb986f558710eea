import { expect } from 'chai';
import { renderElement } from '../server.js';

describe('cyd-file-upload server render', () => {
  it('renders the native file input alone, which works with JavaScript off', () => {
    const html = renderElement('cyd-file-upload', { name: 'evidence', label: 'Upload evidence', 'label-cy': 'Lanlwytho tystiolaeth', accept: '.pdf', multiple: true, required: true }, { locale: 'cy' });
    expect(html).to.contain('<label class="cyd-label" for="evidence">Lanlwytho tystiolaeth</label>');
    expect(html).to.match(/<input[^>]+type="file"/);
    expect(html).to.match(/<input[^>]+accept=".pdf"/);
    expect(html).to.match(/<input[^>]+multiple/);
    expect(html).to.match(/<input[^>]+required/);
    expect(html, 'no drop zone or status without JavaScript').not.to.contain('cyd-file-upload__dropzone');
    expect(html).not.to.contain('aria-live');
  });

  it('reports a max-size that is not a positive number of bytes', () => {
    const problems: string[] = [];
    renderElement('cyd-file-upload', { name: 'f', label: 'F', 'max-size': '2MB' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('max-size'))).to.equal(true);
  });
});
