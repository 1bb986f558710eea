import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../inset-text/define.js';
import type { CydInsetText } from './inset-text.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

describe('cyd-inset-text', () => {
  it('shows its text in the language of the page, and follows a change of language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cyd-inset-text text="It can take up to 8 weeks to register."
      text-cy="Gall gymryd hyd at 8 wythnos i gofrestru."></cyd-inset-text></div>`);
    await settled(wrapper);
    const text = () => wrapper.querySelector('.cyd-inset-text__text')!.textContent!.trim();
    expect(text()).to.equal('It can take up to 8 weeks to register.');
    await switchLanguage(wrapper, 'cy');
    expect(text()).to.equal('Gall gymryd hyd at 8 wythnos i gofrestru.');
  });

  it('moves the author’s own nodes in, with a bar down the left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cyd-inset-text><p id="own">Read the <a href="#guide">guide</a>.</p></cyd-inset-text></div>`);
    const own = wrapper.querySelector('#own')!;
    await settled(wrapper);
    const element = wrapper.querySelector<CydInsetText>('cyd-inset-text')!;
    expect(own.parentElement!.matches('.cyd-inset-text__content[data-cyd-content]'), 'the same node, in the container').to.equal(true);
    expect(element.querySelector('.cyd-inset-text__text'), 'no empty paragraph without text').to.equal(null);
    const box = getComputedStyle(element.querySelector('.cyd-inset-text')!);
    expect(parseFloat(box.borderLeftWidth)).to.be.at.least(5);
  });

  it('renders on the server what the browser renders', async () => {
    const markup = '<div lang="cy"><cyd-inset-text text="Note" text-cy="Nodyn"></cyd-inset-text></div>';
    const server = await serverRender(markup, 'cy');
    expect(server.problems).to.deep.equal([]);
    const [fromServer, fromBrowser] = [await fixture<HTMLElement>(server.html), await fixture<HTMLElement>(markup)];
    await settled(fromServer);
    await settled(fromBrowser);
    const root = (e: HTMLElement) => e.querySelector('.cyd-inset-text')!;
    expect(outline(root(fromServer))).to.equal(outline(root(fromBrowser)));
  });

  it('wraps long Welsh on a 320px screen, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-inset-text text="It can take up to 8 weeks"
        text-cy="Gall gymryd hyd at 8 wythnos i gofrestru atwrneiaeth arhosol yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"></cyd-inset-text></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports that it shows no words, and not when the words are content', async () => {
    const empty = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-inset-text></cyd-inset-text>`)));
    expect(
      empty.some((e) => e.includes('<cyd-inset-text> is empty') && e.includes('text-cy')),
      empty.join('\n'),
    ).to.equal(true);
    const full = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-inset-text><p>Note</p></cyd-inset-text>`)));
    expect(full.filter((e) => e.includes('<cyd-inset-text> is empty'))).to.deep.equal([]);
  });
});
