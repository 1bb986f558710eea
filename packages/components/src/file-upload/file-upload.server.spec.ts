import { expect } from 'chai';
import { renderElement } from '../server.js';
import { attr, attrs, byClass, byTag, oneByTag, parseHTML, queryAll, textOf } from '../../../../test/support/html.js';

describe('cyd-file-upload server render', () => {
  it('renders the native file input alone, which works with JavaScript off', () => {
    const root = parseHTML(
      renderElement(
        'cyd-file-upload',
        { name: 'evidence', label: 'Upload evidence', 'label-cy': 'Lanlwytho tystiolaeth', accept: '.pdf', multiple: true, required: true },
        { locale: 'cy' },
      ),
    );
    const label = oneByTag(root, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'evidence' }, 'Lanlwytho tystiolaeth']);
    const input = oneByTag(root, 'input');
    expect(attrs(input)).to.include({ id: 'evidence', name: 'evidence', type: 'file', accept: '.pdf', multiple: '', required: '' });
    expect(byTag(root, 'button'), 'nothing to press but the native control').to.deep.equal([]);
    expect(byClass(root, 'cyd-file-upload__dropzone'), 'no drop zone or status without JavaScript').to.deep.equal([]);
    expect(queryAll(root, (element) => attr(element, 'aria-live') !== undefined)).to.deep.equal([]);
  });

  it('reports a max-size that is not a positive number of bytes', () => {
    const problems: string[] = [];
    renderElement('cyd-file-upload', { name: 'f', label: 'F', 'max-size': '2MB' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('max-size'))).to.equal(true);
  });
});
