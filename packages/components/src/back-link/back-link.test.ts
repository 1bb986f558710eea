import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../back-link/define.js';
import type { CydBackLink } from './back-link.js';
import { backLinkMessages } from './back-link.messages.js';
import { expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

async function place(markup: string, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydBackLink>('cyd-back-link')!;
  return { wrapper, element, link: () => element.querySelector<HTMLAnchorElement>('a.cyd-back-link')! };
}

describe('cyd-back-link', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(backLinkMessages)).to.deep.equal([]);
  });

  it('says “Back” / “Yn ôl”, links to href, and follows a change of language', async () => {
    const { wrapper, link } = await place('<cyd-back-link href="/previous"></cyd-back-link>');
    expect([link().textContent!.trim(), link().getAttribute('href')]).to.deep.equal(['Back', '/previous']);
    await switchLanguage(wrapper, 'cy');
    expect(link().textContent!.trim()).to.equal('Yn ôl');
  });

  it('takes the author’s words and an address per language', async () => {
    const { wrapper, link } = await place(
      '<cyd-back-link href-en="/en/a" href-cy="/cy/a" text="Back to answers" text-cy="Yn ôl i’r atebion"></cyd-back-link>',
      'cy',
    );
    expect([link().textContent!.trim(), link().getAttribute('href')]).to.deep.equal(['Yn ôl i’r atebion', '/cy/a']);
    await switchLanguage(wrapper, 'en');
    expect([link().textContent!.trim(), link().getAttribute('href')]).to.deep.equal(['Back to answers', '/en/a']);
  });

  it('is reached with Tab and shows the focus style', async () => {
    const { link } = await place('<cyd-back-link href="#somewhere"></cyd-back-link>');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === link(), 'focused').to.equal(true);
    const style = getComputedStyle(link());
    expect(style.backgroundColor, 'focus colour behind the text').to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('with history and no href: goes back in the browser’s history when there is a page to go back to', async () => {
    const before = location.href;
    history.pushState(null, '', '#back-link-test');
    const { link } = await place('<cyd-back-link history></cyd-back-link>');
    expect(link().hidden, 'shown: this tab has history').to.equal(false);
    const back = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    link().click();
    await back;
    expect(location.href).to.equal(before);
  });

  it('server render is what the browser shows, and it is adopted as it is', async () => {
    const source = '<cyd-back-link href="/previous" text="Back" text-cy="Yn ôl"></cyd-back-link>';
    const rendered = await serverRender(`<div lang="cy">${source}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    const before = server.querySelector('a');
    await settled(server);
    expect(server.querySelector('a') === before, 'the server’s link is kept').to.equal(true);
    const client = await place(source, 'cy');
    expect(outline(server.querySelector('cyd-back-link')!)).to.equal(outline(client.element));
  });

  it('fits long Welsh words on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(
        '<cyd-back-link href="/x" text-cy="Yn ôl i’r dudalen flaenorol am drwyddedau parcio preswylwyr Cyngor Bwrdeistref Sirol" text="Back"></cyd-back-link>',
        'cy',
      );
      expect(wrapper.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh', async () => {
    const { wrapper } = await place('<cyd-back-link href="/previous"></cyd-back-link>');
    await expectAccessibleInBothLanguages(wrapper);
  });
});
