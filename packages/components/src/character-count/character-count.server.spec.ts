import { expect } from 'chai';
import { renderElement } from '../server.js';

describe('cyd-character-count server render', () => {
  it('renders a plain textarea with the static limit hint, for JavaScript off', () => {
    const html = renderElement('cyd-character-count', { name: 'summary', label: 'Summary', 'label-cy': 'Crynodeb', maxlength: 200 }, { locale: 'cy' });
    expect(html).to.match(/<textarea[^>]+name="summary"/);
    expect(html).not.to.match(/<textarea[^>]+maxlength/);
    expect(html).to.contain('<div id="summary-info" class="cyd-hint cyd-character-count__message">Gallwch roi hyd at 200 nod</div>');
    expect(html).to.match(/<textarea[^>]+aria-describedby="summary-info"/);
    expect(html, 'no live count without JavaScript').not.to.contain('cyd-character-count__status');
    expect(html).not.to.contain('aria-live');
  });

  it('says the limit in words in English', () => {
    const html = renderElement('cyd-character-count', { name: 'why', label: 'Why', maxwords: 150, hint: 'Be brief' });
    expect(html).to.contain('You can enter up to 150 words');
    expect(html).to.match(/<textarea[^>]+aria-describedby="why-hint why-info"/);
  });

  it('reports a missing limit', () => {
    const problems: string[] = [];
    renderElement('cyd-character-count', { name: 's', label: 'S' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no limit'))).to.equal(true);
  });
});
