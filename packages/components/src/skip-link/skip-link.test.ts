import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../skip-link/define.js';
import type { CydSkipLink } from './skip-link.js';
import { skipLinkMessages } from './skip-link.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage } from '../../../../test/support/helpers.js';

/** A page as a service lays it out: skip link first, then header, then main. */
async function page(lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <cyd-skip-link></cyd-skip-link>
    <header><a href="#home">Cyngor Sir Gwernyfed</a></header>
    <main id="main-content"><h1>Apply for a parking permit</h1></main>
  </div>`);
  await settled(wrapper);
  return { wrapper, skip: wrapper.querySelector('cyd-skip-link')!, main: wrapper.querySelector('main')! };
}

const link = (skip: CydSkipLink) => skip.querySelector<HTMLAnchorElement>('a.cyd-skip-link')!;

describe('cyd-skip-link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('has every message in both languages', () => {
    expect(catalogueProblems(skipLinkMessages)).to.deep.equal([]);
  });

  it('says “Skip to main content” / “Neidio i’r prif gynnwys” and links to #main-content', async () => {
    const { wrapper, skip } = await page();
    expect(link(skip).textContent!.trim()).to.equal('Skip to main content');
    expect(link(skip).getAttribute('href')).to.equal('#main-content');
    await switchLanguage(wrapper, 'cy');
    expect(link(skip).textContent!.trim()).to.equal('Neidio i’r prif gynnwys');
  });

  it('is the first Tab stop, hidden until it has focus and visible when it has', async () => {
    const { skip } = await page();
    expect(link(skip).getBoundingClientRect().width, 'hidden before focus').to.be.at.most(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === link(skip), 'Tab from the top reaches it first').to.equal(true);
    const box = link(skip).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(50);
    expect(box.height).to.be.greaterThan(10);
  });

  it('moves focus to the main content on Enter, so the next Tab starts there', async () => {
    const { skip, main } = await page();
    link(skip).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement === main, 'main focused').to.equal(true);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // Leaving it takes the temporary tabindex away again.
    link(skip).focus();
    expect(main.hasAttribute('tabindex')).to.equal(false);
  });

  it('leaves an element’s own tabindex alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cyd-skip-link href="#content"></cyd-skip-link><div id="content" tabindex="0">Content</div></div>`);
    await settled(wrapper);
    const skip = wrapper.querySelector('cyd-skip-link')!;
    link(skip).click();
    const target = wrapper.querySelector('#content')!;
    expect(document.activeElement === target).to.equal(true);
    link(skip).focus();
    expect(target.getAttribute('tabindex')).to.equal('0');
  });

  it('takes its words from text / text-cy', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><cyd-skip-link href="#results" text="Skip to results" text-cy="Neidio i’r canlyniadau"></cyd-skip-link></div>`,
    );
    await settled(wrapper);
    expect(link(wrapper.querySelector('cyd-skip-link')!).textContent!.trim()).to.equal('Neidio i’r canlyniadau');
  });

  it('reports an href that leaves the page, and a missing target', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-skip-link href="/main"></cyd-skip-link>`);
      const missing = await fixture<CydSkipLink>(html`<cyd-skip-link href="#nowhere-at-all"></cyd-skip-link>`);
      link(missing).click();
    });
    expect(errors.some((e) => e.includes('href="/main" must be a link within the page'))).to.equal(true);
    expect(errors.some((e) => e.includes('id="nowhere-at-all"'))).to.equal(true);
  });

  it('fits long Welsh on a 320px screen when focused', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper, skip } = await page('cy');
      link(skip).focus();
      expect(wrapper.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh, focused and not', async () => {
    const { wrapper, skip } = await page();
    await expectAccessibleInBothLanguages(wrapper);
    link(skip).focus();
    await expectAccessibleInBothLanguages(wrapper);
  });
});
