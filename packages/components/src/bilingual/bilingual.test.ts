import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../bilingual/define.js';
import '../button/define.js';
import type { CydBilingual } from './bilingual.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const NOTICE = `<cyd-bilingual heading-cy="Hysbysiad cyhoeddus" heading-en="Public notice">
  <div lang="en"><p class="cyd-body">The library is closed on Monday. <a class="cyd-link" href="#en">Opening times</a></p><cyd-button text="Continue" text-cy="Parhau"></cyd-button></div>
  <div lang="cy"><p class="cyd-body">Mae’r llyfrgell ar gau ddydd Llun. <a class="cyd-link" href="#cy">Oriau agor</a></p><cyd-button text="Continue" text-cy="Parhau"></cyd-button></div>
</cyd-bilingual>`;

async function place(markup = NOTICE, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydBilingual>('cyd-bilingual')!;
  const columns = () => [...element.querySelectorAll<HTMLElement>('.cyd-bilingual__column')];
  return { wrapper, element, columns, langs: () => columns().map((c) => c.lang) };
}

const text = (element: Element | null | undefined) => element?.textContent!.replace(/\s+/g, ' ').trim();

describe('cyd-bilingual', () => {
  it('puts Welsh first by default, each column with its own lang and its own content', async () => {
    const { columns, langs } = await place();
    expect(langs()).to.deep.equal(['cy', 'en']);
    expect(columns().map((c) => text(c.querySelector('h2')))).to.deep.equal(['Hysbysiad cyhoeddus', 'Public notice']);
    expect(text(columns()[0]!.querySelector('p'))).to.equal('Mae’r llyfrgell ar gau ddydd Llun. Oriau agor');
    expect(text(columns()[1]!.querySelector('p'))).to.equal('The library is closed on Monday. Opening times');
  });

  it('puts English first with first="en"', async () => {
    const { langs, columns } = await place(NOTICE.replace('<cyd-bilingual', '<cyd-bilingual first="en"'));
    expect(langs()).to.deep.equal(['en', 'cy']);
    expect(text(columns()[0]!.querySelector('p'))).to.equal('The library is closed on Monday. Opening times');
  });

  it('Cydran components in each column speak that column’s language, whatever the page’s', async () => {
    const { wrapper, columns } = await place();
    const buttons = () => columns().map((c) => text(c.querySelector('.cyd-button')));
    expect(buttons()).to.deep.equal(['Parhau', 'Continue']);
    await switchLanguage(wrapper, 'cy');
    expect(buttons()).to.deep.equal(['Parhau', 'Continue']);
    expect(columns().map((c) => c.lang)).to.deep.equal(['cy', 'en']);
  });

  it('takes the heading level', async () => {
    const { columns } = await place(NOTICE.replace('<cyd-bilingual', '<cyd-bilingual heading-level="3"'));
    expect(columns().map((c) => c.querySelector('.cyd-bilingual__heading')!.localName)).to.deep.equal(['h3', 'h3']);
  });

  it('Tab goes through the first column, then the second', async () => {
    const { columns } = await place();
    (document.activeElement as HTMLElement | null)?.blur();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(`${(document.activeElement as HTMLElement).closest<HTMLElement>('.cyd-bilingual__column')?.lang}:${document.activeElement!.localName}`);
    }
    expect(order).to.deep.equal(['cy:a', 'cy:button', 'en:a', 'en:button']);
    expect(columns().length).to.equal(2);
  });

  it('side by side on a wide screen, stacked in the same order at 320px without overflow', async () => {
    const { columns } = await place();
    const [first, second] = columns().map((c) => c.getBoundingClientRect());
    expect(first!.top).to.equal(second!.top);
    expect(first!.left).to.be.lessThan(second!.left);
    await setViewport({ width: 320, height: 640 });
    try {
      const narrow = await place(
        NOTICE.replace('Hysbysiad cyhoeddus', 'Hysbysiad cyhoeddus ynghylch Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'),
        'cy',
      );
      const [top, bottom] = narrow.columns().map((c) => c.getBoundingClientRect());
      expect(top!.bottom).to.be.at.most(bottom!.top);
      expect(narrow.langs()).to.deep.equal(['cy', 'en']);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(narrow.wrapper.scrollWidth).to.be.at.most(narrow.wrapper.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps both columns side by side in print', () => {
    const printRules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSImportRule && rule.styleSheet ? [...rule.styleSheet.cssRules] : [rule]))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && [...rule.media].includes('print'))
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.cyd-bilingual');
    expect(printRules.map((rule) => rule.style.gridAutoFlow)).to.deep.equal(['column']);
  });

  it('server render is adopted as it is, each column in its own language', async () => {
    const rendered = await serverRender(`<div lang="en">${NOTICE}</div>`, 'en');
    expect(rendered.problems).to.deep.equal([]);
    const wrapper = await fixture<HTMLDivElement>(rendered.html);
    const serverColumn = wrapper.querySelector('.cyd-bilingual__column');
    await settled(wrapper);
    expect(wrapper.querySelector('.cyd-bilingual__column') === serverColumn, 'the same nodes').to.equal(true);
    const client = await place();
    const shape = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>('.cyd-bilingual__column')].map((c) => [
        c.lang,
        text(c.querySelector('h2')),
        text(c.querySelector('.cyd-bilingual__content')),
      ]);
    expect(shape(wrapper)).to.deep.equal(shape(client.element));
    // After upgrade, a change re-renders with the author's content moved, not copied.
    const element = wrapper.querySelector<CydBilingual>('cyd-bilingual')!;
    element.first = 'en';
    await settled(wrapper);
    expect([...element.querySelectorAll<HTMLElement>('.cyd-bilingual__column')].map((c) => c.lang)).to.deep.equal(['en', 'cy']);
    expect(element.querySelectorAll('p').length).to.equal(2);
  });

  it('reports a heading that does not say which column it is for', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-bilingual heading="Notice"><p lang="cy">Helo</p><p lang="en">Hello</p></cyd-bilingual>`);
      await fixture(html`<cyd-bilingual heading-cy="Hysbysiad"><p lang="cy">Helo</p><p lang="en">Hello</p></cyd-bilingual>`);
    });
    expect(errors.some((e) => e.includes('heading="Notice" does not say which column') && e.includes('heading-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('no heading for en') && e.includes('heading-en="…"'))).to.equal(true);
  });

  it('is accessible (axe) with the page in English and in Welsh', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });
});
