import { expect, fixture, html } from '@open-wc/testing';
import '../button/define.js';
import '../error-summary/define.js';
import '../skip-link/define.js';
import type { CydButton } from '../button/button.js';
import type { CydSkipLink } from '../skip-link/skip-link.js';
import { consoleErrorsDuring, settled } from '../../../../test/support/helpers.js';

describe('safe URLs and hostile values in the browser', () => {
  it('renders an unsafe href as "#" and reports it naming element, attribute and fix', async () => {
    let button!: CydButton;
    const errors = await consoleErrorsDuring(async () => {
      button = await fixture<CydButton>(html`<cyd-button href=" java\tscript:alert(1)">Go</cyd-button>`);
      await settled(button);
    });
    expect(button.querySelector('a')?.getAttribute('href')).to.equal('#');
    expect(errors.join('\n')).to.contain('<cyd-button>: href=').and.contain('is not a safe link');
    button.href = 'javascript:alert(2)';
    await settled(button);
    expect(button.querySelector('a')?.getAttribute('href')).to.equal('#');
    button.href = '/next';
    await settled(button);
    expect(button.querySelector('a')?.getAttribute('href')).to.equal('/next');
  });

  it('renders a number set as text, and refuses an object or a template look-alike without breaking the page', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const page = await fixture(html`<div><cyd-button id="a">A</cyd-button><cyd-error-summary></cyd-error-summary></div>`);
      const button = page.querySelector<CydButton>('cyd-button')!;
      Reflect.set(button, 'buttonText', 42);
      await settled(button);
      expect(button.querySelector('button')?.textContent).to.contain('42');
      Reflect.set(button, 'buttonText', { en: { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] } });
      await settled(button);
      const summary = page.querySelector('cyd-error-summary')!;
      const cyclic: Record<string, unknown> = { text: 'Loop', href: '#a' };
      cyclic.self = cyclic;
      Reflect.set(summary, 'errors', [
        { text: { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] }, href: '#a' },
        null,
        cyclic,
        { text: 'Bad', href: 'javascript:alert(1)' },
      ]);
      await settled(summary);
      expect(page.querySelector('img')).to.equal(null);
      expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#a', '#']);
    });
    expect(errors.join('\n')).to.contain('text.en is an object').and.contain('errors[1] is null').and.contain('errors[2].self contains itself');
  });

  it('finds its target when the skip link’s fragment has a stray %', async () => {
    const page = await fixture(html`<div><cyd-skip-link href="#100%"></cyd-skip-link><main id="100%">Main</main></div>`);
    const link = page.querySelector<CydSkipLink>('cyd-skip-link')!;
    await settled(link);
    expect(link.target?.id).to.equal('100%');
  });
});
