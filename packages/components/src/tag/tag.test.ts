import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { contrastRatio, minimumRatio } from '@cydran/tokens';
import '../tag/define.js';
import type { CydTag } from './tag.js';
import { tagColours } from './tag.template.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, hex, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const tagOf = (element: CydTag) => element.querySelector<HTMLElement>('strong.cyd-tag')!;

describe('cyd-tag', () => {
  it('shows the status in the language of the page, and follows a change of language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cyd-tag colour="green" text="Completed" text-cy="Wedi’i gwblhau"></cyd-tag></div>`);
    await settled(wrapper);
    const element = wrapper.querySelector('cyd-tag')!;
    expect(tagOf(element).textContent!.trim()).to.equal('Completed');
    expect(tagOf(element).classList.contains('cyd-tag--green')).to.equal(true);
    await switchLanguage(wrapper, 'cy');
    expect(tagOf(element).textContent!.trim()).to.equal('Wedi’i gwblhau');
  });

  it('keeps words given as content', async () => {
    const element = await fixture<CydTag>(html`<cyd-tag colour="red">Urgent</cyd-tag>`);
    await settled(element);
    expect(tagOf(element).textContent!.trim()).to.equal('Urgent');
    expect(element.querySelectorAll('.cyd-tag').length).to.equal(1);
  });

  for (const colour of [undefined, ...tagColours]) {
    it(`paints ${colour ?? 'the default (blue)'} text on its background at ${minimumRatio.text}:1 or more`, async () => {
      const element = await fixture<CydTag>(html`<cyd-tag colour=${ifDefined(colour)} text="Heb ddechrau"></cyd-tag>`);
      await settled(element);
      const style = getComputedStyle(tagOf(element));
      const ratio = contrastRatio(hex(style.color), hex(style.backgroundColor));
      expect(ratio, `${style.color} on ${style.backgroundColor}`).to.be.at.least(minimumRatio.text);
    });
  }

  it('gives every colour its own painted pair', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${tagColours.map((colour) => html`<cyd-tag colour=${colour} text="x"></cyd-tag>`)}</div>`);
    await settled(wrapper);
    const pairs = [...wrapper.querySelectorAll<HTMLElement>('strong.cyd-tag')].map((tag) => {
      const style = getComputedStyle(tag);
      return `${style.color} ${style.backgroundColor}`;
    });
    expect(new Set(pairs).size).to.equal(tagColours.length);
  });

  it('renders on the server what the browser renders', async () => {
    const markup = '<p lang="cy"><cyd-tag colour="purple" text="In progress" text-cy="Ar y gweill"></cyd-tag></p>';
    const server = await serverRender(markup, 'cy');
    expect(server.problems).to.deep.equal([]);
    const fromServer = await fixture<HTMLParagraphElement>(server.html);
    const fromBrowser = await fixture<HTMLParagraphElement>(markup);
    await settled(fromServer);
    await settled(fromBrowser);
    const rendered = (root: HTMLElement) => tagOf(root.querySelector('cyd-tag')!);
    expect(outline(rendered(fromServer))).to.equal(outline(rendered(fromBrowser)));
  });

  it('wraps a long Welsh status on a 320px screen, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy" style="max-width: 100%"><cyd-tag colour="grey" text="Cannot start yet"
        text-cy="Methu dechrau eto oherwydd nad yw’r adran flaenorol wedi’i chwblhau"></cyd-tag></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports that it shows no words, and not when the words are content', async () => {
    const empty = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-tag colour="red"></cyd-tag>`)));
    expect(
      empty.some((e) => e.includes('<cyd-tag> shows no words') && e.includes('text-cy')),
      empty.join('\n'),
    ).to.equal(true);
    const full = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-tag colour="red">Urgent</cyd-tag>`)));
    expect(full.filter((e) => e.includes('<cyd-tag> shows no words'))).to.deep.equal([]);
  });
});
