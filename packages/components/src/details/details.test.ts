import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../details/define.js';
import type { CydDetails } from './details.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const markup = `<div lang="en"><cyd-details summary-text="Help with nationality" summary-text-cy="Help gyda chenedligrwydd"
  text="We need to know your nationality." text-cy="Mae angen i ni wybod eich cenedligrwydd."></cyd-details><a href="#after">After</a></div>`;

async function place(source = markup) {
  const wrapper = await fixture<HTMLDivElement>(source);
  await settled(wrapper);
  const element = wrapper.querySelector<CydDetails>('cyd-details')!;
  return { wrapper, element, details: element.querySelector('details')!, summary: element.querySelector<HTMLElement>('summary')! };
}

/** Waits for the native toggle event, which fires a task after `open` changes. */
const toggled = (element: HTMLElement) => new Promise<void>((resolve) => element.addEventListener('cyd-toggle', () => resolve(), { once: true }));

describe('cyd-details', () => {
  it('is a native details, closed, with the summary in the language of the page', async () => {
    const { wrapper, details, summary } = await place();
    expect(details.open).to.equal(false);
    expect(summary.textContent!.trim()).to.equal('Help with nationality');
    await switchLanguage(wrapper, 'cy');
    expect(summary.textContent!.trim()).to.equal('Help gyda chenedligrwydd');
    expect(wrapper.querySelector('.cyd-details__paragraph')!.textContent).to.equal('Mae angen i ni wybod eich cenedligrwydd.');
  });

  it('opens and closes with Enter and Space, shows focus, and `open` follows', async () => {
    const { element, details, summary } = await place();
    summary.focus();
    expect(getComputedStyle(summary).backgroundColor, 'the focus highlight').to.equal('rgb(255, 221, 0)');
    let event = toggled(element);
    await sendKeys({ press: 'Enter' });
    await event;
    expect([details.open, element.open, element.hasAttribute('open')]).to.deep.equal([true, true, true]);
    event = toggled(element);
    await sendKeys({ press: 'Space' });
    await event;
    expect([details.open, element.open]).to.deep.equal([false, false]);
  });

  it('stays as the person left it through a language switch, and opens from the property', async () => {
    const { wrapper, element, details, summary } = await place();
    const event = toggled(element);
    summary.click();
    await event;
    await switchLanguage(wrapper, 'cy');
    expect(details.open, 'still open after re-render').to.equal(true);
    element.open = false;
    await settled(wrapper);
    expect(details.open).to.equal(false);
  });

  it('moves the author’s content in and starts open with `open`', async () => {
    const { element, details } = await place(
      '<div><cyd-details open summary-text="More" summary-text-cy="Mwy"><ul id="own"><li>One</li></ul></cyd-details></div>',
    );
    expect(details.open).to.equal(true);
    expect(element.querySelector('#own')!.parentElement!.hasAttribute('data-cyd-content')).to.equal(true);
  });

  it('adopts the server render, closed or open, and it works', async () => {
    const server = await serverRender(
      '<div lang="cy"><cyd-details open summary-text="More" summary-text-cy="Mwy" text="x" text-cy="y"></cyd-details></div>',
      'cy',
    );
    expect(server.problems).to.deep.equal([]);
    const fromServer = await fixture<HTMLElement>(server.html);
    const serverDetails = fromServer.querySelector('details')!;
    await settled(fromServer);
    const element = fromServer.querySelector<CydDetails>('cyd-details')!;
    expect(element.querySelector('details'), 'the server’s node is kept').to.equal(serverDetails);
    const fromBrowser = await fixture<HTMLElement>(
      '<div lang="cy"><cyd-details open summary-text="More" summary-text-cy="Mwy" text="x" text-cy="y"></cyd-details></div>',
    );
    await settled(fromBrowser);
    expect(outline(serverDetails)).to.equal(outline(fromBrowser.querySelector('details')!));
    const event = toggled(element);
    serverDetails.querySelector('summary')!.click();
    await event;
    expect(element.open).to.equal(false);
  });

  it('reports a missing summary-text', async () => {
    const errors = await consoleErrorsDuring(() => fixture(html`<cyd-details text="Hidden"></cyd-details>`));
    expect(errors.some((e) => e.includes('<cyd-details> has no summary-text'))).to.equal(true);
  });

  it('wraps a long Welsh summary on a 320px screen, accessible in both languages, open and closed', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper, element } =
        await place(`<div lang="cy"><cyd-details summary-text="Help" summary-text-cy="Help gyda chenedligrwydd a’r dogfennau adnabod sydd eu hangen arnoch yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
        text="x" text-cy="Mae angen i ni wybod eich cenedligrwydd."></cyd-details></div>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
      element.open = true;
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports that it shows no words, and not when the words are content', async () => {
    const empty = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-details summary-text="More" summary-text-cy="Mwy"></cyd-details>`)));
    expect(
      empty.some((e) => e.includes('<cyd-details> reveals nothing') && e.includes('text-cy')),
      empty.join('\n'),
    ).to.equal(true);
    const full = await consoleErrorsDuring(async () =>
      settled(await fixture(`<cyd-details summary-text="More" summary-text-cy="Mwy"><p>Text</p></cyd-details>`)),
    );
    expect(full.filter((e) => e.includes('<cyd-details> reveals nothing'))).to.deep.equal([]);
  });
});
