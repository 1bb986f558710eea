import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../not-translated/define.js';
import '../button/define.js';
import type { CydNotTranslated } from './not-translated.js';
import { notTranslatedMessages, sampleArgs } from './not-translated.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const PAGE = `<cyd-not-translated available-in="en" href="/en/blue-badge">
  <h2>Blue Badge parking</h2><p class="cyd-body">You can park for free in council car parks.</p>
  <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
</cyd-not-translated>`;

async function place(markup = PAGE, lang: 'en' | 'cy' = 'cy') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"><a href="#before">Before</a>${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydNotTranslated>('cyd-not-translated')!;
  return {
    wrapper,
    element,
    notice: () => element.querySelector<HTMLElement>('.cyd-not-translated__notice'),
    content: () => element.querySelector<HTMLElement>('.cyd-not-translated__content')!,
  };
}

const text = (element: Element | null | undefined) => element?.textContent!.replace(/\s+/g, ' ').trim();

describe('cyd-not-translated', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(notTranslatedMessages, sampleArgs)).to.deep.equal([]);
  });

  it('on a Welsh page: says in Welsh the page is only in English, links to it, and marks the content lang="en"', async () => {
    const { notice, content } = await place();
    expect(text(notice())).to.equal('Mae’r dudalen hon ar gael yn Saesneg yn unig. English');
    const link = notice()!.querySelector('a')!;
    expect([link.getAttribute('href'), link.hreflang, link.lang]).to.deep.equal(['/en/blue-badge', 'en', 'en']);
    expect(content().lang).to.equal('en');
    expect(text(content().querySelector('h2'))).to.equal('Blue Badge parking');
    expect(text(content().querySelector('.cyd-button')), 'components in the content speak its language').to.equal('Continue');
  });

  it('follows a live switch: no notice once the page is in the content’s language', async () => {
    const { wrapper, notice, content } = await place();
    await switchLanguage(wrapper, 'en');
    expect(notice()).to.equal(null);
    expect(text(content().querySelector('p'))).to.equal('You can park for free in council car parks.');
    await switchLanguage(wrapper, 'cy');
    expect(text(notice())).to.include('Mae’r dudalen hon ar gael yn Saesneg yn unig.');
  });

  it('works the other way round and for a section', async () => {
    const { notice, content } = await place(
      '<cyd-not-translated available-in="cy" scope="section" href="/cy/parcio#bathodyn"><p>Parcio am ddim.</p></cyd-not-translated>',
      'en',
    );
    expect(text(notice())).to.equal('This content is only available in Welsh. Cymraeg');
    expect(notice()!.querySelector('a')!.lang).to.equal('cy');
    expect(content().lang).to.equal('cy');
  });

  it('a section needs no link', async () => {
    const { notice } = await place('<cyd-not-translated available-in="en" scope="section"><p>Only English.</p></cyd-not-translated>');
    expect(text(notice())).to.equal('Mae’r cynnwys hwn ar gael yn Saesneg yn unig.');
    expect(notice()!.querySelector('a')).to.equal(null);
  });

  it('its link is reached with Tab and shows the focus style', async () => {
    const { wrapper, notice } = await place();
    wrapper.querySelector<HTMLAnchorElement>('a[href="#before"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = notice()!.querySelector('a')!;
    expect(document.activeElement === link).to.equal(true);
    expect(getComputedStyle(link).outlineStyle !== 'none' || getComputedStyle(link).backgroundColor !== 'rgba(0, 0, 0, 0)', 'visible focus').to.equal(true);
  });

  it('server render is adopted as it is', async () => {
    // Content holding Cydran components is wrapped in its lang, so the server renders them in it (README).
    const source = PAGE.replace('<h2>', '<div lang="en"><h2>').replace('</cyd-not-translated>', '</div></cyd-not-translated>');
    const rendered = await serverRender(`<div lang="cy">${source}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const wrapper = await fixture<HTMLDivElement>(rendered.html);
    const serverNotice = wrapper.querySelector('.cyd-not-translated__notice');
    await settled(wrapper);
    expect(wrapper.querySelector('.cyd-not-translated__notice') === serverNotice, 'the same nodes').to.equal(true);
    const client = await place();
    expect(text(wrapper.querySelector('cyd-not-translated'))).to.equal(text(client.element));
    expect(wrapper.querySelector<HTMLElement>('.cyd-not-translated__content')!.lang).to.equal('en');
  });

  it('reports a missing available-in and a page notice with no href', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-not-translated><p>Hello</p></cyd-not-translated>`);
    });
    expect(errors.some((e) => e.includes('<cyd-not-translated> has no available-in') && e.includes('available-in="en"'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-not-translated> has no href'))).to.equal(true);
  });

  it('fits a 320px screen in Welsh', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in Welsh and English', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });
});
