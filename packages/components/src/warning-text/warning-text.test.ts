import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../warning-text/define.js';
import { warningTextMessages } from './warning-text.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

interface AccessibilityNode {
  role: string;
  name: string;
  children?: AccessibilityNode[];
}

async function place(lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><cyd-warning-text text="You can be fined up to £5,000 if you do not register."
    text-cy="Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru."></cyd-warning-text></div>`);
  await settled(wrapper);
  return { wrapper, strong: wrapper.querySelector<HTMLElement>('.cyd-warning-text__text')! };
}

describe('cyd-warning-text', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(warningTextMessages)).to.deep.equal([]);
  });

  it('says “Warning” / “Rhybudd” before the text, hidden, with the icon hidden from screen readers', async () => {
    const { wrapper, strong } = await place();
    expect(strong.textContent!.trim()).to.equal('Warning: You can be fined up to £5,000 if you do not register.');
    const hidden = strong.querySelector<HTMLElement>('.cyd-visually-hidden')!;
    expect(hidden.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
    const icon = wrapper.querySelector('.cyd-warning-text__icon')!;
    expect([icon.textContent, icon.getAttribute('aria-hidden')]).to.deep.equal(['!', 'true']);
    await switchLanguage(wrapper, 'cy');
    expect(strong.textContent!.trim()).to.equal('Rhybudd: Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.');
    // What a screen reader meets: the hidden word, never the "!".
    const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
    const read = findAccessibilityNode<AccessibilityNode>(tree as never, (node) => (node.name ?? '').includes('Rhybudd'));
    expect(read, 'the hidden word is in the accessibility tree').to.not.equal(null);
    const bang = findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.name === '!');
    expect(bang, 'the icon is not').to.equal(null);
  });

  it('takes icon-fallback-text in both languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><cyd-warning-text text="x" text-cy="y" icon-fallback-text="Danger" icon-fallback-text-cy="Perygl"></cyd-warning-text></div>`,
    );
    await settled(wrapper);
    expect(wrapper.querySelector('.cyd-visually-hidden')!.textContent).to.equal('Perygl: ');
  });

  it('renders on the server what the browser renders', async () => {
    const markup = '<div lang="cy"><cyd-warning-text text="Fine" text-cy="Dirwy"></cyd-warning-text></div>';
    const server = await serverRender(markup, 'cy');
    expect(server.problems).to.deep.equal([]);
    const [fromServer, fromBrowser] = [await fixture<HTMLElement>(server.html), await fixture<HTMLElement>(markup)];
    await settled(fromServer);
    await settled(fromBrowser);
    const root = (e: HTMLElement) => e.querySelector('.cyd-warning-text')!;
    expect(outline(root(fromServer))).to.equal(outline(root(fromBrowser)));
  });

  it('wraps long Welsh beside the icon on a 320px screen, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper, strong } = await place('cy');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const icon = wrapper.querySelector('.cyd-warning-text__icon')!.getBoundingClientRect();
      expect(strong.getBoundingClientRect().left + parseFloat(getComputedStyle(strong).paddingLeft), 'text starts after the icon').to.be.at.least(icon.right);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports that it shows no words, and not when the words are content', async () => {
    const empty = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-warning-text></cyd-warning-text>`)));
    expect(
      empty.some((e) => e.includes('<cyd-warning-text> has no warning') && e.includes('text-cy')),
      empty.join('\n'),
    ).to.equal(true);
    const full = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-warning-text>Do not <a href="#x">post it</a></cyd-warning-text>`)));
    expect(full.filter((e) => e.includes('<cyd-warning-text> has no warning'))).to.deep.equal([]);
  });
});
