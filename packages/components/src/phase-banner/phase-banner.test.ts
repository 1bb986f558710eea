import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../phase-banner/define.js';
import type { CydPhaseBanner } from './phase-banner.js';
import { phaseBannerMessages } from './phase-banner.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

async function place(markup = '<cyd-phase-banner phase="alpha" feedback-href="/feedback"></cyd-phase-banner>', lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydPhaseBanner>('cyd-phase-banner')!;
  const text = (cls: string) => element.querySelector(`.${cls}`)!.textContent!.replace(/\s+/g, ' ').trim();
  return { wrapper, element, tag: () => text('cyd-phase-banner__tag'), sentence: () => text('cyd-phase-banner__text') };
}

describe('cyd-phase-banner', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(phaseBannerMessages)).to.deep.equal([]);
  });

  it('shows the phase and the feedback sentence, and follows a change of language', async () => {
    const { wrapper, tag, sentence } = await place();
    expect([tag(), sentence()]).to.deep.equal(['Alpha', 'This is a new service – your feedback will help us to improve it.']);
    await switchLanguage(wrapper, 'cy');
    expect([tag(), sentence()]).to.deep.equal(['Alffa', 'Mae hwn yn wasanaeth newydd – bydd eich adborth yn ein helpu i’w wella.']);
  });

  it('changes phase live', async () => {
    const { element, tag } = await place();
    element.phase = 'beta';
    await settled(element);
    expect(tag()).to.equal('Beta');
  });

  it('reaches the feedback link with Tab, with a visible focus style', async () => {
    const { element } = await place();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const link = element.querySelector('a')!;
    expect(document.activeElement === link).to.equal(true);
    expect(link.getAttribute('href')).to.equal('/feedback');
    expect(getComputedStyle(link).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('server render is what the browser renders', async () => {
    const source = '<cyd-phase-banner feedback-href="/adborth" feedback-new-tab></cyd-phase-banner>';
    const rendered = await serverRender(`<div lang="cy">${source}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const client = await place(source, 'cy');
    expect(outline(server.querySelector('cyd-phase-banner')!)).to.equal(outline(client.element));
  });

  it('fits the longest Welsh on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place('<cyd-phase-banner phase="alpha" feedback-href="/f" feedback-new-tab></cyd-phase-banner>', 'cy');
      expect(wrapper.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports a missing feedback-href', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-phase-banner></cyd-phase-banner>');
    });
    expect(errors.some((e) => e.includes('<cyd-phase-banner> has no feedback-href'))).to.equal(true);
  });

  it('is accessible (axe) in English and Welsh', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });
});
