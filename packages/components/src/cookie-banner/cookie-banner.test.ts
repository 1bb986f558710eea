import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../cookie-banner/define.js';
import type { CydCookieBanner } from './cookie-banner.js';
import { cookieBannerMessages } from './cookie-banner.messages.js';
import { CONSENT_COOKIE, type CookieConsent, consentCookie, readCookieConsent } from './cookie-consent.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const BANNER =
  '<cyd-cookie-banner service-name="Parking permits" service-name-cy="Trwyddedau parcio" cookies-href="/cookies" cookies-href-cy="/cy/cwcis"></cyd-cookie-banner>';

/** A page as GOV.UK lays it out: the banner, then the skip link, header and main content. */
async function page(banner = BANNER, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${banner}
    <a class="skip" href="#main">Skip</a><main id="main"><h1>Parking</h1></main></div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydCookieBanner>('cyd-cookie-banner')!;
  return {
    wrapper,
    element,
    region: () => element.querySelector<HTMLElement>('.cyd-cookie-banner')!,
    heading: () => element.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim(),
    buttons: () => [...element.querySelectorAll<HTMLButtonElement>('.cyd-cookie-banner__message:not([hidden]) button')],
    confirmation: () => element.querySelector<HTMLElement>('.cyd-cookie-banner__confirmation'),
  };
}

const text = (element: Element | null) => element?.textContent!.replace(/\s+/g, ' ').trim();
const forget = () => {
  document.cookie = consentCookie({ analytics: false }, { secure: false, maxAge: 0 });
};
const consentEvents = (element: HTMLElement) => {
  const events: CookieConsent[] = [];
  element.addEventListener('cyd-cookie-consent', (event) => events.push(event.detail));
  return events;
};

describe('cyd-cookie-banner', () => {
  beforeEach(forget);
  afterEach(forget);

  it('has every message in both languages', () => {
    expect(catalogueProblems(cookieBannerMessages)).to.deep.equal([]);
  });

  it('asks about analytics cookies in the page’s language, and follows a switch', async () => {
    const { wrapper, element, region, heading, buttons } = await page();
    expect(region().getAttribute('role')).to.equal('region');
    expect(region().getAttribute('aria-label')).to.equal('Cookies on Parking permits');
    expect(heading()).to.equal('Cookies on Parking permits');
    expect([...element.querySelectorAll('.cyd-cookie-banner__content p')].map(text)).to.deep.equal([
      cookieBannerMessages.en.essential,
      cookieBannerMessages.en.analytics,
    ]);
    expect(buttons().map(text)).to.deep.equal(['Accept analytics cookies', 'Reject analytics cookies']);
    expect(element.querySelector('a.cyd-cookie-banner__link')!.getAttribute('href')).to.equal('/cookies');
    await switchLanguage(wrapper, 'cy');
    expect(heading()).to.equal('Cwcis ar y gwasanaeth Trwyddedau parcio');
    expect(region().getAttribute('aria-label')).to.equal('Cwcis ar y gwasanaeth Trwyddedau parcio');
    expect(buttons().map(text)).to.deep.equal(['Derbyn cwcis dadansoddi', 'Gwrthod cwcis dadansoddi']);
    const link = element.querySelector('a.cyd-cookie-banner__link')!;
    expect([text(link), link.getAttribute('href')]).to.deep.equal(['Gweld cwcis', '/cy/cwcis']);
  });

  it('accepting stores a cookie the server can read, fires cyd-cookie-consent and confirms with focus', async () => {
    const { element, buttons, confirmation } = await page();
    const events = consentEvents(element);
    buttons()[0]!.click();
    await settled(element);
    expect(events).to.deep.equal([{ analytics: true }]);
    expect(readCookieConsent(document.cookie)).to.deep.equal({ analytics: true });
    expect(document.cookie).to.include(`${CONSENT_COOKIE}=analytics=yes`);
    expect(element.querySelector<HTMLElement>('.cyd-cookie-banner__message')!.hidden, 'the question is gone').to.equal(true);
    expect(text(confirmation())).to.equal('You’ve accepted analytics cookies. You can change your cookie settings at any time. Hide cookie message');
    expect(confirmation()!.getAttribute('role')).to.equal('alert');
    expect(document.activeElement === confirmation(), 'the confirmation has focus').to.equal(true);
    expect(confirmation()!.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
  });

  it('the confirmation follows a language switch and keeps focus', async () => {
    const { wrapper, element, buttons, confirmation } = await page();
    buttons()[0]!.click();
    await settled(element);
    await switchLanguage(wrapper, 'cy');
    expect(text(confirmation()!.querySelector('p'))).to.equal('Rydych wedi derbyn cwcis dadansoddi. Gallwch newid eich gosodiadau cwcis unrhyw bryd.');
    expect(confirmation()!.querySelector('a')!.getAttribute('href')).to.equal('/cy/cwcis');
    expect(document.activeElement === confirmation()).to.equal(true);
  });

  it('rejecting with the keyboard confirms in Welsh', async () => {
    const { element, buttons, confirmation } = await page(BANNER, 'cy');
    const events = consentEvents(element);
    buttons()[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === buttons()[1], 'Tab reaches Reject').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(events).to.deep.equal([{ analytics: false }]);
    expect(readCookieConsent(document.cookie)).to.deep.equal({ analytics: false });
    expect(text(confirmation())).to.equal(
      'Rydych wedi gwrthod cwcis dadansoddi. Gallwch newid eich gosodiadau cwcis unrhyw bryd. Cuddio’r neges ynghylch cwcis',
    );
    expect(confirmation()!.querySelector('a')!.getAttribute('href')).to.equal('/cy/cwcis');
  });

  it('shows visible focus on its buttons', async () => {
    const { buttons } = await page();
    const button = buttons()[0]!;
    const before = getComputedStyle(button).backgroundColor;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === button, 'the first Tab stop').to.equal(true);
    expect(getComputedStyle(button).backgroundColor, 'the focus colour').to.not.equal(before);
  });

  it('Hide hides the banner and moves focus on to what follows it', async () => {
    const { wrapper, element, buttons, region } = await page();
    buttons()[0]!.click();
    await settled(element);
    element.querySelector<HTMLButtonElement>('[data-cyd-hide]')!.click();
    await settled(element);
    expect(region().hidden).to.equal(true);
    expect(element.getBoundingClientRect().height, 'takes no space').to.equal(0);
    expect(document.activeElement === wrapper.querySelector('a.skip'), 'focus moves to the skip link').to.equal(true);
  });

  it('is hidden on later pages once chosen (the browser’s cookie)', async () => {
    document.cookie = consentCookie({ analytics: true }, { secure: false });
    const { element, region } = await page();
    expect(region().hidden).to.equal(true);
    expect(element.choice).to.deep.equal({ analytics: true });
  });

  it('renders nothing visible when the server read the choice (consent), and the confirmation with confirmation', async () => {
    const hidden = await page(BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner consent="rejected"'));
    expect(hidden.region().hidden).to.equal(true);
    const confirmed = await page(BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner consent="accepted" confirmation'));
    expect(confirmed.region().hidden).to.equal(false);
    expect(text(confirmed.confirmation())).to.include('You’ve accepted analytics cookies.');
  });

  it('with action, its buttons are a form that posts cookies=accept|reject; with JavaScript it stores the choice itself', async () => {
    const { element, buttons, confirmation } = await page(BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner action="/cookies/choice"'));
    const form = element.querySelector('form')!;
    expect([form.method, new URL(form.action).pathname]).to.deep.equal(['post', '/cookies/choice']);
    expect(buttons().map((b) => [b.type, b.name, b.value])).to.deep.equal([
      ['submit', 'cookies', 'accept'],
      ['submit', 'cookies', 'reject'],
    ]);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    buttons()[1]!.click();
    await settled(element);
    expect(submitted, 'no page load').to.equal(false);
    expect(readCookieConsent(document.cookie)).to.deep.equal({ analytics: false });
    expect(text(confirmation())).to.include('You’ve rejected analytics cookies.');
  });

  it('takes the author’s body instead of its own paragraphs, in both languages', async () => {
    const { wrapper, element } = await page(BANNER.replace('></cyd-cookie-banner>', '><p class="cyd-body" lang="en">We use Matomo.</p></cyd-cookie-banner>'));
    const body = () => text(element.querySelector('.cyd-cookie-banner__content'));
    expect(body()).to.equal('We use Matomo.');
    await switchLanguage(wrapper, 'cy');
    expect(body(), 'no default paragraphs come back').to.equal('We use Matomo.');
  });

  it('server render: with action it is the browser’s markup and is adopted as it is', async () => {
    const source = BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner action="/cookies/choice"');
    const rendered = await serverRender(`<div lang="cy">${source}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const wrapper = await fixture<HTMLDivElement>(rendered.html);
    const serverButton = wrapper.querySelector('button')!;
    await settled(wrapper);
    expect(wrapper.querySelector('button') === serverButton, 'the same nodes').to.equal(true);
    expect(text(wrapper.querySelector('h2'))).to.equal('Cwcis ar y gwasanaeth Trwyddedau parcio');
  });

  it('server render without action: only the link to the cookies page, and the buttons arrive with JavaScript', async () => {
    const rendered = await serverRender(`<div lang="en">${BANNER}</div>`, 'en');
    const parsed = new DOMParser().parseFromString(rendered.html, 'text/html');
    expect(parsed.querySelectorAll('button').length, 'no button that could not work').to.equal(0);
    expect(parsed.querySelector('a.cyd-cookie-banner__link')!.getAttribute('href')).to.equal('/cookies');
    const wrapper = await fixture<HTMLDivElement>(rendered.html);
    await settled(wrapper);
    const client = await page();
    expect([...wrapper.querySelectorAll('button')].map(text)).to.deep.equal(client.buttons().map(text));
    expect(text(wrapper.querySelector('.cyd-cookie-banner__content'))).to.equal(text(client.element.querySelector('.cyd-cookie-banner__content')));
  });

  it('script-only: hidden in the server render, shown once the script runs', async () => {
    const rendered = await serverRender(`<div lang="en">${BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner script-only')}</div>`);
    const parsed = new DOMParser().parseFromString(rendered.html, 'text/html');
    expect(parsed.querySelector<HTMLElement>('.cyd-cookie-banner')!.hidden).to.equal(true);
    const wrapper = await fixture<HTMLDivElement>(rendered.html);
    await settled(wrapper);
    const region = wrapper.querySelector<HTMLElement>('.cyd-cookie-banner')!;
    expect(region.hidden).to.equal(false);
    expect(wrapper.querySelectorAll('.cyd-cookie-banner button').length).to.equal(2);
  });

  it('server render of a chosen page shows no banner', async () => {
    const rendered = await serverRender(`<div lang="en">${BANNER.replace('<cyd-cookie-banner', '<cyd-cookie-banner consent="accepted"')}</div>`);
    const parsed = new DOMParser().parseFromString(rendered.html, 'text/html');
    expect(parsed.querySelector<HTMLElement>('.cyd-cookie-banner')!.hidden).to.equal(true);
  });

  it('reports a missing service name and a confirmation with no consent', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-cookie-banner confirmation></cyd-cookie-banner>`);
    });
    expect(errors.some((e) => e.includes('<cyd-cookie-banner> has no service-name') && e.includes('service-name-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-cookie-banner confirmation> has no consent'))).to.equal(true);
  });

  it('fits a 320px screen in Welsh, asking and confirming', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper, buttons } = await page(BANNER, 'cy');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      buttons()[0]!.click();
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh, asking and confirming', async () => {
    const { wrapper, buttons } = await page();
    await expectAccessibleInBothLanguages(wrapper);
    buttons()[0]!.click();
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});
