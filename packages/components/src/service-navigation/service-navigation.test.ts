import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { SMALL_SCREEN } from '../internal/collapsible-menu.js';
import { catalogueProblems } from '@cydran/i18n';
import '../service-navigation/define.js';
import '../tag/define.js';
import '../button/define.js';
import type { CydServiceNavigation } from './service-navigation.js';
import { serviceNavigationMessages } from './service-navigation.messages.js';
import { expectMenuKeyboard } from '../header/page-components.fixture.js';
import {
  atWidth,
  consoleErrorsDuring,
  expectAccessibleInBothLanguages,
  isShown,
  landmarksInPage,
  serverRender,
  settled,
  switchLanguage,
} from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const LONG_WELSH_SERVICE = 'Gwneud cais am drwydded barcio i breswylwyr a’u hymwelwyr yng Nghyngor Bwrdeistref Sirol Rhondda Cynon Taf';

const NAVIGATION = `<cyd-service-navigation current="/parking/apply" service-name="Parking permits" service-name-cy="${LONG_WELSH_SERVICE}" service-href="/parking" service-href-cy="/parcio">
  <a href="/parking" data-href-cy="/parcio" data-text-cy="Trosolwg">Overview</a>
  <a href="/parking/apply" data-href-cy="/parcio/gwneud-cais" data-text-cy="Gwneud cais">Apply</a>
  <a href="/parking/fines" data-text-cy="Dirwyon parcio ac apeliadau yn erbyn hysbysiadau tâl cosb" data-active>Fines</a>
</cyd-service-navigation>`;

async function place(markup = NAVIGATION, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydServiceNavigation>('cyd-service-navigation')!;
  return {
    wrapper,
    element,
    links: () => [...element.querySelectorAll<HTMLAnchorElement>('.cyd-service-navigation__link')],
    button: () => element.querySelector<HTMLButtonElement>('.cyd-service-navigation__toggle')!,
    list: () => element.querySelector<HTMLElement>('.cyd-service-navigation__list')!,
  };
}

describe('cyd-service-navigation', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(serviceNavigationMessages)).to.deep.equal([]);
  });

  it('is a navigation landmark named “Menu”, with the child links read as a list', async () => {
    const { element, links } = await place();
    const nav = element.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Menu');
    expect(links().map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
      ['/parking', 'Overview'],
      ['/parking/apply', 'Apply'],
      ['/parking/fines', 'Fines'],
    ]);
    expect(element.querySelectorAll(':scope > a').length, 'the author’s links are read, not left beside the list').to.equal(0);
    expect(element.querySelector('.cyd-service-navigation__service-link')!.getAttribute('href')).to.equal('/parking');
  });

  it('with a service name is a region landmark named by it; without one, only the nav', async () => {
    const { element } = await place();
    const band = element.querySelector(':scope > [data-cyd-root]')!;
    expect(band.localName).to.equal('section');
    expect(document.getElementById(band.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Parking permits');
    const bare = await place('<cyd-service-navigation><a href="/a">A</a><a href="/b">B</a></cyd-service-navigation>');
    expect(bare.element.querySelector(':scope > [data-cyd-root]')!.localName).to.equal('div');
  });

  it('is a region named by the service and a navigation named in the page’s language, in the accessibility tree', async () => {
    const { wrapper } = await place(NAVIGATION, 'cy');
    expect(await landmarksInPage()).to.deep.equal([
      { role: 'region', name: LONG_WELSH_SERVICE },
      { role: 'navigation', name: 'Dewislen' },
    ]);
    await switchLanguage(wrapper, 'en');
    expect(await landmarksInPage()).to.deep.equal([
      { role: 'region', name: 'Parking permits' },
      { role: 'navigation', name: 'Menu' },
    ]);
  });

  it('marks the current page with aria-current="page" and a section with aria-current="true"', async () => {
    const { links } = await place();
    expect(links().map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page', 'true']);
    expect(links()[1]!.querySelector('strong'), 'marked without colour alone').to.not.equal(null);
  });

  it('takes aria-current="page" on a child link, and items as JSON', async () => {
    const { links } = await place(`<cyd-service-navigation><a href="/a">A</a><a href="/b" aria-current="page">B</a></cyd-service-navigation>`);
    expect(links().map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page']);
    const items = JSON.stringify([
      { href: '/a', text: { en: 'A', cy: 'A-cy' } },
      { href: { en: '/b', cy: '/b-cy' }, text: { en: 'B', cy: 'B-cy' } },
    ]);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-service-navigation current="/b" items=${items}></cyd-service-navigation></div>`);
    await settled(wrapper);
    const fromJson = [...wrapper.querySelectorAll('.cyd-service-navigation__link')];
    expect(fromJson.map((a) => [a.getAttribute('href'), a.textContent!.trim(), a.getAttribute('aria-current')])).to.deep.equal([
      ['/a', 'A-cy', null],
      ['/b-cy', 'B-cy', 'page'],
    ]);
  });

  it('moves the current mark when current changes', async () => {
    const { element, links } = await place();
    element.current = '/parking';
    await settled(element);
    expect(links().map((a) => a.getAttribute('aria-current'))).to.deep.equal(['page', null, 'true']);
  });

  it('switches language live: link words, addresses, the landmark’s name', async () => {
    const { wrapper, element, links } = await place();
    await switchLanguage(wrapper, 'cy');
    expect(element.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewislen');
    expect(links().map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
      ['/parcio', 'Trosolwg'],
      ['/parcio/gwneud-cais', 'Gwneud cais'],
      ['/parking/fines', 'Dirwyon parcio ac apeliadau yn erbyn hysbysiadau tâl cosb'],
    ]);
    expect(links()[1]!.getAttribute('aria-current'), 'the Welsh address of the current page is current too').to.equal('page');
  });

  it('marks English link text as English on a Welsh page', async () => {
    const { links } = await place(
      `<cyd-service-navigation><a href="/a">Overview</a><a href="/b" data-text-cy="Gwneud cais">Apply</a></cyd-service-navigation>`,
      'cy',
    );
    expect(links()[0]!.querySelector('span[lang="en"]')!.textContent).to.equal('Overview');
    expect(links()[1]!.querySelector('[lang]')).to.equal(null);
  });

  it('shows every link and no button on a wide screen', async () => {
    const { button, list } = await place();
    expect(button().hidden).to.equal(true);
    expect(isShown(list())).to.equal(true);
  });

  it('collapses to a “Menu” / “Dewislen” button with aria-expanded and aria-controls on a small screen', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, list } = await place();
      expect(isShown(button())).to.equal(true);
      expect([button().textContent!.trim(), button().getAttribute('aria-expanded'), button().getAttribute('aria-controls')]).to.deep.equal([
        'Menu',
        'false',
        list().id,
      ]);
      expect(isShown(list())).to.equal(false);
      button().click();
      await settled(wrapper);
      expect(button().getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(list())).to.equal(true);
      await switchLanguage(wrapper, 'cy');
      expect(button().textContent!.trim()).to.equal('Dewislen');
    });
  });

  it('opens with Enter and Space; Escape closes it and returns focus to the button', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, list } = await place();
      await expectMenuKeyboard(wrapper, button, list);
    });
  });

  it('shows a visible focus ring on the button and on a link', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, links } = await place();
      button().focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(button()).outlineStyle).to.equal('solid');
      button().click();
      await settled(wrapper);
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(links()[0]!).backgroundColor, 'the focus colour behind the link').to.not.equal('rgba(0, 0, 0, 0)');
    });
  });

  it('follows the screen: folds when it narrows, shows every link again when it widens', async () => {
    const { wrapper, button, list } = await place();
    expect(button().hidden).to.equal(true);
    /** Resizes, and waits for the media query the menu follows to say so. */
    const resize = async (width: number) => {
      const changed = new Promise((resolve) => matchMedia(SMALL_SCREEN).addEventListener('change', resolve, { once: true }));
      await setViewport({ width, height: 640 });
      await changed;
      await settled(wrapper);
    };
    try {
      await resize(320);
      expect(isShown(button()), 'narrow: the button').to.equal(true);
      expect(isShown(list()), 'narrow: links folded').to.equal(false);
      button().click();
      await settled(wrapper);
    } finally {
      await resize(800);
    }
    expect(button().hidden, 'wide again: no button').to.equal(true);
    expect(isShown(list())).to.equal(true);
  });

  it('adds links a framework appends after upgrade', async () => {
    const { wrapper, element, links } = await place();
    const late = document.createElement('a');
    late.href = '/parking/help';
    late.setAttribute('data-text-cy', 'Help');
    late.textContent = 'Help';
    element.append(late);
    await settled(wrapper);
    await settled(wrapper);
    expect(
      links()
        .map((a) => a.getAttribute('href'))
        .at(-1),
    ).to.equal('/parking/help');
    expect(element.querySelectorAll(':scope > a').length, 'the child was read, not left beside the list').to.equal(0);
  });

  it('never collapses with no-collapse, nor with one link', async () => {
    await atWidth(320, async () => {
      const off = await place(NAVIGATION.replace('<cyd-service-navigation ', '<cyd-service-navigation no-collapse '));
      expect(off.button().hidden).to.equal(true);
      expect(isShown(off.list())).to.equal(true);
      const one = await place('<cyd-service-navigation><a href="/a" data-text-cy="Hafan">Home</a></cyd-service-navigation>');
      expect(one.button().hidden).to.equal(true);
      expect(isShown(one.list())).to.equal(true);
    });
  });

  it('wraps a long Welsh service name and link on a 320px screen', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, element } = await place(NAVIGATION, 'cy');
      button().click();
      await settled(wrapper);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      expect(element.querySelector('.cyd-service-navigation__service-name')!.getClientRects().length).to.be.greaterThan(0);
      expect(element.querySelector('.cyd-service-navigation__service-name')!.getBoundingClientRect().right).to.be.at.most(320);
    });
  });

  it('fits at 200% zoom (640 CSS pixels) with long Welsh, folded into the button', async () => {
    await atWidth(640, async () => {
      const { wrapper, button } = await place(NAVIGATION, 'cy');
      expect(wrapper.scrollWidth).to.be.at.most(640);
      expect(isShown(button())).to.equal(true);
    });
  });

  it('renders the same markup from the server, and keeps both languages through a later switch', async () => {
    const rendered = await serverRender(`<div lang="en">${NAVIGATION}</div>`);
    expect(rendered.problems).to.deep.equal([]);
    const fromServer = await fixture<HTMLDivElement>(rendered.html);
    await settled(fromServer);
    const upgraded = fromServer.querySelector('cyd-service-navigation')!;
    const { element } = await place();
    expect(outline(upgraded)).to.equal(outline(element));
    await switchLanguage(fromServer, 'cy');
    expect([...upgraded.querySelectorAll('.cyd-service-navigation__link')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Trosolwg',
      'Gwneud cais',
      'Dirwyon parcio ac apeliadau yn erbyn hysbysiadau tâl cosb',
    ]);
    expect(upgraded.querySelectorAll('[aria-current="page"]').length).to.equal(1);
  });

  it('reports a current that matches no link, and no links at all', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-service-navigation current="/nowhere"><a href="/a">A</a></cyd-service-navigation>');
      await place('<cyd-service-navigation></cyd-service-navigation>');
    });
    expect(errors.some((e) => e.includes('current="/nowhere" is not the href of any link'))).to.equal(true);
    expect(errors.some((e) => e.includes('has no links and no service name'))).to.equal(true);
  });

  it('is accessible (axe) in English and Welsh, wide and with the menu open on a small screen', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
    await atWidth(320, async () => {
      wrapper.querySelector<HTMLButtonElement>('.cyd-service-navigation__toggle')!.click();
      await settled(wrapper);
      await expectAccessibleInBothLanguages(wrapper);
    });
  });

  describe('start and end content (GOV.UK slots.start, slots.end)', () => {
    const LINKS = `<a href="/parking" data-href-cy="/parcio" data-text-cy="Trosolwg">Overview</a>
      <a href="/parking/apply" data-href-cy="/parcio/gwneud-cais" data-text-cy="Gwneud cais">Apply</a>`;
    const SLOTTED = `<cyd-service-navigation current="/parking/apply" service-name="Parking permits" service-name-cy="${LONG_WELSH_SERVICE}">
      <div data-region="start"><cyd-tag colour="grey" text="Signed in" text-cy="Wedi mewngofnodi"></cyd-tag></div>
      ${LINKS}
      <div data-region="end"><cyd-button href="/sign-out" variant="secondary" text="Sign out" text-cy="Allgofnodi"></cyd-button></div>
    </cyd-service-navigation>`;

    /** The element built from markup outside the page, so the test holds the author's own nodes before it upgrades. */
    async function placeSlotted(markup = SLOTTED, lang: 'en' | 'cy' = 'en') {
      const source = document.createElement('div');
      source.innerHTML = markup;
      const author = { start: source.querySelector('[data-region="start"]'), end: source.querySelector('[data-region="end"]') };
      const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"></div>`);
      wrapper.append(...source.childNodes);
      await settled(wrapper);
      const element = wrapper.querySelector<CydServiceNavigation>('cyd-service-navigation')!;
      const band = element.querySelector(':scope > [data-cyd-root]')!;
      return {
        wrapper,
        element,
        author,
        parts: () => [...band.children].map((child) => child.className),
        startContent: () => band.querySelector(':scope > .cyd-service-navigation__start')?.firstElementChild ?? null,
        endContent: () => band.querySelector(':scope > .cyd-service-navigation__end')?.firstElementChild ?? null,
        links: () => [...element.querySelectorAll<HTMLAnchorElement>('.cyd-service-navigation__link')].map((a) => a.getAttribute('href')),
        button: () => element.querySelector<HTMLButtonElement>('.cyd-service-navigation__toggle')!,
        list: () => element.querySelector<HTMLElement>('.cyd-service-navigation__list')!,
      };
    }

    it('puts the author’s own start and end nodes before and after the service name and links, the links still read, with no developer error', async () => {
      let placed: Awaited<ReturnType<typeof placeSlotted>> | undefined;
      const errors = await consoleErrorsDuring(async () => {
        placed = await placeSlotted();
      });
      const { parts, startContent, endContent, author, links, element } = placed!;
      expect(errors).to.deep.equal([]);
      expect(parts()).to.deep.equal(['cyd-service-navigation__start', 'cyd-service-navigation__container', 'cyd-service-navigation__end']);
      expect(startContent(), 'the author’s start node itself').to.equal(author.start);
      expect(endContent(), 'the author’s end node itself').to.equal(author.end);
      expect(links()).to.deep.equal(['/parking', '/parking/apply']);
      expect(element.querySelectorAll(':scope > a, :scope > div:not([data-cyd-root])').length, 'nothing left beside the band').to.equal(0);
      expect(element.querySelector('.cyd-service-navigation__list .cyd-service-navigation__end, .cyd-service-navigation__list [href="/sign-out"]')).to.equal(
        null,
      );
    });

    it('keeps start and end content in place through a live language switch, in both languages', async () => {
      const { wrapper, element, startContent, endContent, author } = await placeSlotted(SLOTTED, 'cy');
      expect(startContent()!.textContent!.trim()).to.equal('Wedi mewngofnodi');
      expect(endContent()!.textContent!.trim()).to.equal('Allgofnodi');
      expect(element.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewislen');
      await switchLanguage(wrapper, 'en');
      expect([startContent(), endContent()]).to.deep.equal([author.start, author.end]);
      expect(startContent()!.textContent!.trim()).to.equal('Signed in');
      expect(element.querySelector('.cyd-service-navigation__link')!.textContent!.trim()).to.equal('Overview');
    });

    it('places a data-region="end" child and reads an <a> child a framework appends after upgrade, with no developer error', async () => {
      let placed: Awaited<ReturnType<typeof placeSlotted>> | undefined;
      const late = document.createElement('div');
      late.setAttribute('data-region', 'end');
      late.innerHTML = '<a class="cyd-link" href="/sign-out">Sign out</a>';
      const lateLink = document.createElement('a');
      lateLink.href = '/parking/help';
      lateLink.textContent = 'Help';
      const errors = await consoleErrorsDuring(async () => {
        placed = await placeSlotted(`<cyd-service-navigation>${LINKS}</cyd-service-navigation>`);
        expect(placed.parts()).to.deep.equal(['cyd-service-navigation__container']);
        placed.element.append(late);
        await settled(placed.wrapper);
        await settled(placed.wrapper);
        placed.element.append(lateLink);
        await settled(placed.wrapper);
        await settled(placed.wrapper);
      });
      const { parts, endContent, links, element } = placed!;
      expect(errors).to.deep.equal([]);
      expect(parts()).to.deep.equal(['cyd-service-navigation__container', 'cyd-service-navigation__end']);
      expect(endContent(), 'the late node itself').to.equal(late);
      expect(links()).to.deep.equal(['/parking', '/parking/apply', '/parking/help']);
      expect(element.querySelectorAll(':scope > a').length).to.equal(0);
    });

    it('reports content with no region, naming both regions', async () => {
      const errors = await consoleErrorsDuring(async () => {
        await placeSlotted(`<cyd-service-navigation>${LINKS}<p>Stray</p></cyd-service-navigation>`);
      });
      expect(errors.some((e) => e.includes('some content has no place') && e.includes('data-region="start"') && e.includes('data-region="end"'))).to.equal(
        true,
      );
    });

    it('renders the same markup from the server, JavaScript off, with start and end content in their places', async () => {
      const rendered = await serverRender(`<div lang="en">${SLOTTED}</div>`);
      expect(rendered.problems).to.deep.equal([]);
      const fromServer = await fixture<HTMLDivElement>(rendered.html);
      await settled(fromServer);
      const upgraded = fromServer.querySelector('cyd-service-navigation')!;
      const { element } = await placeSlotted();
      expect(outline(upgraded)).to.equal(outline(element));
      const band = upgraded.querySelector(':scope > [data-cyd-root]')!;
      expect([...band.children].map((child) => child.className)).to.deep.equal([
        'cyd-service-navigation__start',
        'cyd-service-navigation__container',
        'cyd-service-navigation__end',
      ]);
    });

    it('keeps the menu button working on a small screen, a server render’s start and end content carried into the folded render', async () => {
      await atWidth(320, async () => {
        const rendered = await serverRender(`<div lang="cy">${SLOTTED}</div>`);
        const wrapper = await fixture<HTMLDivElement>(rendered.html);
        await settled(wrapper);
        const element = wrapper.querySelector('cyd-service-navigation')!;
        const button = () => element.querySelector<HTMLButtonElement>('.cyd-service-navigation__toggle')!;
        const list = () => element.querySelector<HTMLElement>('.cyd-service-navigation__list')!;
        expect(isShown(button())).to.equal(true);
        expect(isShown(list())).to.equal(false);
        expect(element.querySelector('.cyd-service-navigation__start cyd-tag')!.textContent).to.include('Wedi mewngofnodi');
        expect(element.querySelector('.cyd-service-navigation__end [href="/sign-out"]')).to.not.equal(null);
        await expectMenuKeyboard(wrapper, button, list);
        expect(wrapper.scrollWidth, 'long Welsh fits in 320px').to.be.at.most(320);
      });
    });

    it('keeps the menu keyboard with start and end content, and is accessible (axe) in both languages', async () => {
      await atWidth(320, async () => {
        const { wrapper, button, list } = await placeSlotted(SLOTTED, 'cy');
        await expectMenuKeyboard(wrapper, button, list);
        expect(wrapper.scrollWidth).to.be.at.most(320);
      });
      const { wrapper } = await placeSlotted();
      await expectAccessibleInBothLanguages(wrapper);
    });
  });
});
