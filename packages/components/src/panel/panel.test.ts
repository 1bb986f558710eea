import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import { contrastRatio, minimumRatio } from '@cydran/tokens';
import '../panel/define.js';
import type { CydPanel } from './panel.js';
import { panelMessages } from './panel.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, hex, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const markup = `<main lang="en"><cyd-panel title-text="Application complete" title-text-cy="Cais wedi’i gwblhau" reference="HDJ2123F"></cyd-panel></main>`;

describe('cyd-panel', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(panelMessages)).to.deep.equal([]);
  });

  it('confirms with an h1 and the reference after its label, in the language of the page', async () => {
    const main = await fixture<HTMLElement>(markup);
    await settled(main);
    const panel = main.querySelector<CydPanel>('cyd-panel')!;
    expect(panel.querySelector('h1')!.textContent).to.equal('Application complete');
    const line = () => panel.querySelector('.cyd-panel__reference-line')!;
    expect(line().textContent).to.equal('Your reference numberHDJ2123F');
    expect(getComputedStyle(line().querySelector('strong')!).fontWeight).to.equal('700');
    await switchLanguage(main, 'cy');
    expect(panel.querySelector('h1')!.textContent).to.equal('Cais wedi’i gwblhau');
    expect(line().textContent).to.equal('Eich rhif cyfeirnodHDJ2123F');
  });

  it('draws panel text on the panel colour at 4.5:1 or more', async () => {
    const main = await fixture<HTMLElement>(markup);
    await settled(main);
    const style = getComputedStyle(main.querySelector('.cyd-panel')!);
    expect(contrastRatio(hex(style.color), hex(style.backgroundColor))).to.be.at.least(minimumRatio.text);
  });

  it('takes a heading level, words and the author’s content', async () => {
    const panel = await fixture<CydPanel>(
      html`<cyd-panel title-text="Done" heading-level="2" text="We have sent you an email"><p id="own">More</p></cyd-panel>`,
    );
    await settled(panel);
    expect([panel.querySelector('h1'), panel.querySelector('h2')!.textContent]).to.deep.equal([null, 'Done']);
    expect(panel.querySelector('.cyd-panel__text')!.textContent).to.equal('We have sent you an email');
    expect(panel.querySelector('#own')!.parentElement!.hasAttribute('data-cyd-content')).to.equal(true);
  });

  it('renders on the server what the browser renders', async () => {
    const server = await serverRender(markup, 'en');
    expect(server.problems).to.deep.equal([]);
    const [fromServer, fromBrowser] = [await fixture<HTMLElement>(server.html), await fixture<HTMLElement>(markup)];
    await settled(fromServer);
    await settled(fromBrowser);
    const root = (e: HTMLElement) => e.querySelector('.cyd-panel')!;
    expect(outline(root(fromServer))).to.equal(outline(root(fromBrowser)));
  });

  it('reports a missing title', async () => {
    const errors = await consoleErrorsDuring(() => fixture(html`<cyd-panel reference="A1"></cyd-panel>`));
    expect(errors.some((e) => e.includes('<cyd-panel> has no title-text') && e.includes('title-text-cy'))).to.equal(true);
  });

  it('wraps a long Welsh title and a long reference on a 320px screen, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const main = await fixture<HTMLElement>(html`<main lang="cy"><cyd-panel title-text="Registration complete"
        title-text-cy="Mae eich cais am drwydded barcio i breswylwyr wedi’i gwblhau" reference="CYNGOR-SIR-2026-HDJ2123F-0042"></cyd-panel></main>`);
      await settled(main);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(main);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
