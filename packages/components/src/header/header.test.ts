import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../header/define.js';
import '../language-toggle/define.js';
import '../service-navigation/define.js';
import type { CydHeader } from './header.js';
import { headerMessages } from './header.messages.js';
import { expectMenuKeyboard } from './page-components.fixture.js';
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
const LONG_WELSH_ORGANISATION = 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr';

/** A header as a council writes it: every region used. */
const HEADER = `<cyd-header organisation="Gwernyfed County Council" organisation-cy="Cyngor Sir Gwernyfed" organisation-href="/"
    service-name="Apply for a parking permit" service-name-cy="${LONG_WELSH_SERVICE}" service-href="/parking" service-href-cy="/parcio">
  <svg data-region="logo" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false"><circle cx="20" cy="20" r="18" fill="currentcolor"></circle></svg>
  <cyd-language-toggle data-region="language" href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle>
  <a data-region="account" class="cyd-link" href="/sign-out">Sign out</a>
  <ul data-region="navigation">
    <li><a class="cyd-link" href="/parking/permits">Permits</a></li>
    <li><a class="cyd-link" href="/parking/fines">Fines</a></li>
  </ul>
</cyd-header>`;

async function place(markup = HEADER, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const header = wrapper.querySelector<CydHeader>('cyd-header')!;
  return {
    wrapper,
    header,
    banner: () => header.querySelector(':scope > [data-cyd-root]')!,
    button: () => header.querySelector<HTMLButtonElement>('.cyd-header__menu-button')!,
    menu: () => header.querySelector<HTMLElement>('.cyd-header__menu')!,
  };
}

describe('cyd-header', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(headerMessages)).to.deep.equal([]);
  });

  it('is a banner landmark with the organisation, and the service name linking to the service home', async () => {
    const { banner, header } = await place();
    expect(banner().localName).to.equal('header');
    expect(header.querySelectorAll('header').length, 'one banner').to.equal(1);
    const organisation = header.querySelector<HTMLAnchorElement>('.cyd-header__organisation')!;
    expect([organisation.localName, organisation.getAttribute('href'), organisation.textContent!.trim()]).to.deep.equal(['a', '/', 'Gwernyfed County Council']);
    const service = header.querySelector<HTMLAnchorElement>('.cyd-header__service-name')!;
    expect([service.getAttribute('href'), service.textContent!.trim()]).to.deep.equal(['/parking', 'Apply for a parking permit']);
  });

  it('is one banner landmark in the accessibility tree, its navigation named in the page’s language', async () => {
    const { wrapper } = await place(HEADER, 'cy');
    expect(await landmarksInPage()).to.deep.equal([
      { role: 'banner', name: '' },
      { role: 'navigation', name: 'Dewislen' },
    ]);
    await switchLanguage(wrapper, 'en');
    expect((await landmarksInPage()).map((l) => l.name)).to.deep.equal(['', 'Menu']);
  });

  it('puts each region’s content in its place', async () => {
    const { header } = await place();
    expect(header.querySelector('.cyd-header__logo > svg')).to.not.equal(null);
    expect(header.querySelector('.cyd-header__language > cyd-language-toggle')).to.not.equal(null);
    expect(header.querySelector('.cyd-header__account > a')!.textContent).to.equal('Sign out');
    expect(header.querySelectorAll('nav.cyd-header__navigation .cyd-header__menu > ul a').length).to.equal(2);
  });

  it('switches language live: names, addresses, the navigation’s name and the toggle', async () => {
    const { wrapper, header } = await place();
    await switchLanguage(wrapper, 'cy');
    expect(header.querySelector('.cyd-header__organisation')!.textContent!.trim()).to.equal('Cyngor Sir Gwernyfed');
    const service = header.querySelector('.cyd-header__service-name')!;
    expect([service.getAttribute('href'), service.textContent!.trim()]).to.deep.equal(['/parcio', LONG_WELSH_SERVICE]);
    expect(header.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewislen');
    expect(header.querySelector('.cyd-language-toggle__link')!.getAttribute('hreflang')).to.equal('en');
    // The author's content survived the re-render.
    expect(header.querySelector('.cyd-header__account > a')!.textContent).to.equal('Sign out');
  });

  it('places region content a framework adds after upgrade', async () => {
    const { wrapper, header } = await place('<cyd-header organisation="Gwernyfed"></cyd-header>');
    const account = document.createElement('a');
    account.setAttribute('data-region', 'account');
    account.href = '/sign-in';
    account.textContent = 'Sign in';
    header.append(account);
    await settled(wrapper);
    await settled(wrapper);
    expect(header.querySelector('.cyd-header__account > a') === account, 'the same node, in its region').to.equal(true);
  });

  it('shows every link and no menu button on a wide screen', async () => {
    const { button, menu } = await place();
    expect(button().hidden).to.equal(true);
    expect(isShown(menu())).to.equal(true);
  });

  it('folds the links into a “Menu” / “Dewislen” button on a small screen', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, menu } = await place();
      expect(isShown(button()), 'button shows').to.equal(true);
      expect(button().textContent!.trim()).to.equal('Menu');
      expect(button().getAttribute('aria-expanded')).to.equal('false');
      expect(button().getAttribute('aria-controls')).to.equal(menu().id);
      expect(isShown(menu()), 'links hidden').to.equal(false);
      button().click();
      await settled(wrapper);
      expect(button().getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(menu())).to.equal(true);
      await switchLanguage(wrapper, 'cy');
      expect(button().textContent!.trim()).to.equal('Dewislen');
      expect(button().getAttribute('aria-expanded'), 'stays open across a language switch').to.equal('true');
    });
  });

  it('opens with Enter and Space, and Escape closes it with focus back on the button', async () => {
    await atWidth(320, async () => {
      const { wrapper, button, menu } = await place();
      await expectMenuKeyboard(wrapper, button, menu);
    });
  });

  it('shows a visible focus ring on the menu button', async () => {
    await atWidth(320, async () => {
      const { button } = await place();
      button().focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, for :focus-visible
      const style = getComputedStyle(button());
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    });
  });

  it('renders a <div> with no-banner, and reports a header inside another <header>', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const nested = await fixture<HTMLElement>(html`<header><cyd-header organisation="Gwernyfed"></cyd-header></header>`);
      await settled(nested);
      const quiet = await fixture<HTMLElement>(html`<header><cyd-header organisation="Gwernyfed" no-banner></cyd-header></header>`);
      await settled(quiet);
      expect(quiet.querySelectorAll('header').length, 'no second banner inside the page’s own').to.equal(0);
      expect(quiet.querySelector('cyd-header > [data-cyd-root]')!.localName).to.equal('div');
    });
    expect(errors.filter((e) => e.includes('two banner landmarks')).length).to.equal(1);
  });

  it('reports a logo with no alt and a service navigation inside the navigation region', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place(
        `<cyd-header organisation="Gwernyfed"><img data-region="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></cyd-header>`,
      );
      await place(`<cyd-header organisation="Gwernyfed"><div data-region="navigation"><cyd-service-navigation></cyd-service-navigation></div></cyd-header>`);
      await place(
        `<cyd-header organisation="Gwernyfed"><img data-region="logo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></cyd-header>`,
      );
    });
    expect(errors.filter((e) => e.includes('the logo <img> has no alt')).length, 'once, for the one without').to.equal(1);
    expect(errors.some((e) => e.includes('two menu buttons'))).to.equal(true);
  });

  it('reports a missing organisation and content with no region', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const header = await fixture<CydHeader>(html`<cyd-header><p>Loose words</p></cyd-header>`);
      await settled(header);
      expect(header.querySelector('p'), 'removed').to.equal(null);
    });
    expect(errors.some((e) => e.includes('<cyd-header> has no organisation') && e.includes('organisation-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-header>') && e.includes('data-region'))).to.equal(true);
  });

  it('wraps a long Welsh service and organisation name on a 320px screen', async () => {
    await atWidth(320, async () => {
      const long = HEADER.replace('organisation-cy="Cyngor Sir Gwernyfed"', `organisation-cy="${LONG_WELSH_ORGANISATION}"`);
      const { wrapper, header } = await place(long, 'cy');
      expect(wrapper.scrollWidth).to.be.at.most(320);
      expect(header.querySelector('.cyd-header__service-name')!.getBoundingClientRect().right).to.be.at.most(320);
      expect(header.querySelector('.cyd-header__service-name')!.getClientRects().length, 'it wraps').to.be.greaterThan(1);
    });
  });

  it('fits at 200% zoom (640 CSS pixels) with long Welsh, the links in the menu', async () => {
    await atWidth(640, async () => {
      const { wrapper, button } = await place(HEADER, 'cy');
      expect(wrapper.scrollWidth).to.be.at.most(640);
      expect(isShown(button())).to.equal(true);
    });
  });

  it('works from the server’s markup: every link showing, no button, and the same markup after upgrade', async () => {
    const rendered = await serverRender(`<div lang="cy">${HEADER}</div>`);
    expect(rendered.problems).to.deep.equal([]);
    const fromServer = await fixture<HTMLDivElement>(rendered.html);
    await settled(fromServer);
    const upgraded = fromServer.querySelector('cyd-header')!;
    expect(upgraded.querySelector<HTMLButtonElement>('.cyd-header__menu-button')!.hidden).to.equal(true);
    expect(upgraded.querySelector<HTMLElement>('.cyd-header__menu')!.hidden).to.equal(false);
    const { header } = await place(HEADER, 'cy');
    expect(outline(upgraded)).to.equal(outline(header));
    // A later language switch renders for real: the regions' nodes come along.
    const toggle = upgraded.querySelector('cyd-language-toggle');
    await switchLanguage(fromServer, 'en');
    expect(upgraded.querySelector('.cyd-header__organisation')!.textContent!.trim()).to.equal('Gwernyfed County Council');
    expect(upgraded.querySelector('.cyd-header__language > cyd-language-toggle') === toggle, 'the same toggle, in its region').to.equal(true);
    expect(upgraded.querySelectorAll('.cyd-header__menu a').length).to.equal(2);
  });

  it('upgrades server markup on a small screen into the menu button, keeping the regions', async () => {
    await atWidth(320, async () => {
      const rendered = await serverRender(`<div lang="en">${HEADER}</div>`);
      const fromServer = await fixture<HTMLDivElement>(rendered.html);
      await settled(fromServer);
      const header = fromServer.querySelector('cyd-header')!;
      expect(header.querySelector<HTMLButtonElement>('.cyd-header__menu-button')!.hidden).to.equal(false);
      expect(header.querySelectorAll('.cyd-header__menu a').length).to.equal(2);
      expect(header.querySelector('.cyd-header__account > a')).to.not.equal(null);
      expect(header.querySelectorAll(':scope > [data-cyd-root]').length, 'rendered once').to.equal(1);
    });
  });

  it('is accessible (axe) in English and Welsh on a wide screen', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });

  it('is accessible (axe) in English and Welsh with the menu open on a small screen', async () => {
    await atWidth(320, async () => {
      const small = await place();
      small.button().click();
      await settled(small.wrapper);
      await expectAccessibleInBothLanguages(small.wrapper);
    });
  });
});
