import { expect } from 'chai';
import { renderElement } from '../server.js';
import { attr, byId, classes, oneByTag, parseHTML, queryAll, textOf } from '../../../../test/support/html.js';

describe('cyd-character-count server render', () => {
  it('renders a plain textarea with the static limit hint, for JavaScript off', () => {
    const root = parseHTML(
      renderElement('cyd-character-count', { name: 'summary', label: 'Summary', 'label-cy': 'Crynodeb', maxlength: 200 }, { locale: 'cy' }),
    );
    const textarea = oneByTag(root, 'textarea');
    expect(attr(textarea, 'name')).to.equal('summary');
    expect(textarea.attributes.has('maxlength'), 'no native maxlength: it would stop typing instead of saying').to.equal(false);
    const info = byId(root, 'summary-info');
    expect([info.tag, classes(info), textOf(info)]).to.deep.equal(['div', ['cyd-hint', 'cyd-character-count__message'], 'Gallwch roi hyd at 200 nod']);
    expect(attr(textarea, 'aria-describedby')).to.equal('summary-info');
    expect(
      queryAll(root, (e) => classes(e).includes('cyd-character-count__status')),
      'no live count without JavaScript',
    ).to.deep.equal([]);
    expect(queryAll(root, (e) => e.attributes.has('aria-live'))).to.deep.equal([]);
  });

  it('says the limit in words in English', () => {
    const root = parseHTML(renderElement('cyd-character-count', { name: 'why', label: 'Why', maxwords: 150, hint: 'Be brief' }));
    expect(textOf(byId(root, 'why-info'))).to.equal('You can enter up to 150 words');
    expect(attr(oneByTag(root, 'textarea'), 'aria-describedby')).to.equal('why-hint why-info');
  });

  it('reports a missing limit', () => {
    const problems: string[] = [];
    renderElement('cyd-character-count', { name: 's', label: 'S' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no limit'))).to.equal(true);
  });
});
