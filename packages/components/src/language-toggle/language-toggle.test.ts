import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALE_STORAGE_KEY, type Locale, catalogueProblems, rememberLocale, rememberedLocale } from '@cydran/i18n';
import '../language-toggle/define.js';
import '../text-input/define.js';
import type { CydLanguageToggle, LanguageChangeDetail } from './language-toggle.js';
import { languageToggleMessages } from './language-toggle.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage } from '../../../../test/support/helpers.js';

declare global {
  // Chromium's Cookie Store API reports a cookie's attributes too; the DOM
  // types list only its name and value.
  interface CookieListItem {
    path?: string;
    sameSite?: CookieSameSite;
    expires?: number | null;
  }
}

function forgetChoice(): void {
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  document.cookie = `${LOCALE_STORAGE_KEY}=; path=/; max-age=0`;
}

const choice = (toggle: Element) => toggle.querySelector<HTMLElement>('a, button')!;
const visibleName = (el: Element) => el.querySelector('.cyd-language-toggle__name')!.textContent!.trim();

/** A part of a page that switches in place, with a form in it; `lang: null` gives it no language of its own. */
async function inPlacePage(lang: Locale | null = 'en', toggleAttributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div id="service"></div>`);
  if (lang) wrapper.lang = lang;
  wrapper.innerHTML = `<cyd-language-toggle for="service" ${toggleAttributes}></cyd-language-toggle>
    <form><cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn"></cyd-text-input></form>`;
  await settled(wrapper);
  return { wrapper, toggle: wrapper.querySelector('cyd-language-toggle')!, input: wrapper.querySelector('cyd-text-input')! };
}

describe('cyd-language-toggle', () => {
  beforeEach(forgetChoice);
  afterEach(() => {
    forgetChoice();
    document.documentElement.lang = 'en';
  });

  it('has every message in both languages', () => {
    expect(catalogueProblems(languageToggleMessages)).to.deep.equal([]);
  });

  describe('with the page’s address in each language', () => {
    it('links to the Welsh page from English, named “Cymraeg” with lang and hreflang cy', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><cyd-language-toggle href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle></div>`,
      );
      await settled(wrapper);
      const link = choice(wrapper.querySelector('cyd-language-toggle')!) as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/cy/parcio');
      expect(link.lang).to.equal('cy');
      expect(link.hreflang).to.equal('cy');
      expect(visibleName(link)).to.equal('Cymraeg');
      expect(link.querySelector('.cyd-visually-hidden')!.textContent).to.contain('Newid yr iaith i’r Gymraeg');
    });

    it('links to the English page from Welsh, named “English”', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cy"><cyd-language-toggle href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle></div>`,
      );
      await settled(wrapper);
      const link = choice(wrapper.querySelector('cyd-language-toggle')!) as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/en/parking');
      expect(link.getAttribute('lang')).to.equal('en');
      expect(link.getAttribute('hreflang')).to.equal('en');
      expect(visibleName(link)).to.equal('English');
      expect(link.textContent).to.contain('Change the language to English');
    });

    it('remembers the choice when the link is followed', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cyd-language-toggle href-en="#en" href-cy="#cy"></cyd-language-toggle></div>`);
      await settled(wrapper);
      choice(wrapper.querySelector('cyd-language-toggle')!).click();
      expect(rememberedLocale()).to.equal('cy');
      expect(document.cookie).to.contain(`${LOCALE_STORAGE_KEY}=cy`);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('reports a missing address, and an href that names no language', async () => {
      const errors = await consoleErrorsDuring(async () => {
        await fixture(html`<cyd-language-toggle href-cy="/cy/parcio"></cyd-language-toggle>`);
        await fixture(html`<cyd-language-toggle href="/cy/parcio"></cyd-language-toggle>`);
      });
      expect(errors.some((e) => e.includes('no address for en') && e.includes('href-en="…"'))).to.equal(true);
      expect(errors.some((e) => e.includes('does not say which language'))).to.equal(true);
    });
  });

  describe('switching in place', () => {
    it('switches the target’s lang, live, and offers the other language back', async () => {
      const { wrapper, toggle, input } = await inPlacePage('en');
      const button = choice(toggle);
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(visibleName(button)).to.equal('Cymraeg');
      button.click();
      await settled(wrapper);
      expect(wrapper.lang).to.equal('cy');
      expect(input.querySelector('label')!.textContent!.trim()).to.equal('Enw llawn');
      expect(visibleName(choice(toggle))).to.equal('English');
      expect(choice(toggle).lang).to.equal('en');
    });

    it('switches from the keyboard', async () => {
      const { wrapper, toggle } = await inPlacePage('en');
      choice(toggle).focus();
      await sendKeys({ press: 'Enter' });
      await settled(wrapper);
      expect(wrapper.lang).to.equal('cy');
      expect(document.activeElement === choice(toggle), 'focus stays on the toggle').to.equal(true);
      await sendKeys({ press: 'Space' });
      await settled(wrapper);
      expect(wrapper.lang).to.equal('en');
    });

    it('never loses what the person typed', async () => {
      const { wrapper, toggle, input } = await inPlacePage('en');
      const box = input.controls[0] as HTMLInputElement;
      box.focus();
      await sendKeys({ type: 'Siân Llywelyn' });
      choice(toggle).click();
      await settled(wrapper);
      expect((input.controls[0] as HTMLInputElement).value).to.equal('Siân Llywelyn');
      expect(new FormData(wrapper.querySelector('form')!).get('full-name')).to.equal('Siân Llywelyn');
      choice(toggle).click();
      await settled(wrapper);
      expect((input.controls[0] as HTMLInputElement).value).to.equal('Siân Llywelyn');
    });

    it('fires cyd-language-change with the new and previous language', async () => {
      const { wrapper, toggle } = await inPlacePage('en');
      const seen: LanguageChangeDetail[] = [];
      let composedAndBubbling = false;
      document.addEventListener(
        'cyd-language-change',
        (event) => {
          seen.push((event as CustomEvent<LanguageChangeDetail>).detail);
          composedAndBubbling = event.bubbles && event.composed;
        },
        { once: true },
      );
      choice(toggle).click();
      await settled(wrapper);
      expect(seen).to.deep.equal([{ locale: 'cy', previous: 'en' }]);
      expect(composedAndBubbling).to.equal(true);
    });

    it('remembers the choice for the next visit', async () => {
      const { toggle } = await inPlacePage('en');
      choice(toggle).click();
      expect(rememberedLocale()).to.equal('cy');
    });

    it('applies a remembered choice on a page that does not say its language', async () => {
      rememberLocale('cy');
      document.documentElement.removeAttribute('lang');
      const { wrapper, input } = await inPlacePage(null);
      await settled(wrapper);
      expect(wrapper.lang).to.equal('cy');
      expect(input.querySelector('label')!.textContent!.trim()).to.equal('Enw llawn');
    });

    it('keeps a page with no language as it is with no-restore', async () => {
      rememberLocale('cy');
      document.documentElement.removeAttribute('lang');
      const { wrapper } = await inPlacePage(null, 'no-restore');
      await settled(wrapper);
      expect(wrapper.hasAttribute('lang')).to.equal(false);
    });

    it('switches the whole page (<html>) when no for="…" is given', async () => {
      document.documentElement.lang = 'en';
      const toggle = await fixture<CydLanguageToggle>(html`<cyd-language-toggle></cyd-language-toggle>`);
      choice(toggle).click();
      await settled(toggle.parentElement!);
      expect(document.documentElement.lang).to.equal('cy');
      expect(visibleName(choice(toggle))).to.equal('English');
    });
  });

  describe('a remembered choice never contradicts the page', () => {
    const pageAddress = location.pathname + location.search;
    afterEach(() => {
      history.replaceState(null, '', pageAddress);
      document.head.querySelectorAll('link[data-test-alternate]').forEach((link) => link.remove());
    });

    it('keeps a page the server rendered as <html lang="cy"> Welsh after an earlier English choice', async () => {
      rememberLocale('en');
      document.documentElement.lang = 'cy';
      const toggle = await fixture<CydLanguageToggle>(html`<cyd-language-toggle></cyd-language-toggle>`);
      await settled(toggle.parentElement!);
      expect(document.documentElement.lang).to.equal('cy');
      expect(visibleName(choice(toggle))).to.equal('English');
    });

    it('keeps an element rendered with lang="cy" Welsh after an earlier English choice', async () => {
      rememberLocale('en');
      const { wrapper, toggle, input } = await inPlacePage('cy');
      expect(wrapper.lang).to.equal('cy');
      expect(input.querySelector('label')!.textContent!.trim()).to.equal('Enw llawn');
      expect(visibleName(choice(toggle))).to.equal('English');
    });

    it('keeps the language the address names (?lang=en) on a page with no lang', async () => {
      rememberLocale('cy');
      document.documentElement.removeAttribute('lang');
      history.replaceState(null, '', `${location.pathname}?lang=en`);
      const { wrapper } = await inPlacePage(null);
      expect(wrapper.hasAttribute('lang')).to.equal(false);
      expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    });

    it('keeps a page that lists its language versions (<link rel="alternate" hreflang>)', async () => {
      rememberLocale('cy');
      document.documentElement.removeAttribute('lang');
      const alternate = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang: 'cy', href: '/cy/parcio' });
      alternate.dataset.testAlternate = '';
      document.head.append(alternate);
      const { wrapper } = await inPlacePage(null);
      expect(wrapper.hasAttribute('lang')).to.equal(false);
    });

    it('still switches the Welsh page when the person chooses, and remembers that choice', async () => {
      rememberLocale('en');
      document.documentElement.lang = 'cy';
      const toggle = await fixture<CydLanguageToggle>(html`<cyd-language-toggle></cyd-language-toggle>`);
      await settled(toggle.parentElement!);
      choice(toggle).click();
      await settled(toggle.parentElement!);
      expect(document.documentElement.lang).to.equal('en');
      expect(rememberedLocale()).to.equal('en');
      choice(toggle).click();
      await settled(toggle.parentElement!);
      expect(document.documentElement.lang).to.equal('cy');
      expect(rememberedLocale()).to.equal('cy');
      expect(document.cookie).to.contain(`${LOCALE_STORAGE_KEY}=cy`);
    });

    it('stores the choice in a cookie every request to the service carries, form posts included', async () => {
      const { wrapper, toggle } = await inPlacePage('en');
      const before = Date.now();
      choice(toggle).click();
      await settled(wrapper);
      const cookie = await cookieStore.get(LOCALE_STORAGE_KEY);
      expect(cookie?.value).to.equal('cy');
      expect(cookie?.path, 'sent for every address of the service').to.equal('/');
      expect(cookie?.sameSite, 'sent with a form post and with a link followed from elsewhere').to.equal('lax');
      const lifetime = (cookie?.expires ?? 0) - before;
      expect(lifetime).to.be.within((LOCALE_COOKIE_MAX_AGE_SECONDS - 60) * 1000, (LOCALE_COOKIE_MAX_AGE_SECONDS + 60) * 1000);

      // What a submission sends: the cookie is there when the form submits.
      const form = wrapper.querySelector('form')!;
      let cookieAtSubmit = '';
      form.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          cookieAtSubmit = document.cookie;
        },
        { once: true },
      );
      form.requestSubmit();
      expect(cookieAtSubmit).to.contain(`${LOCALE_STORAGE_KEY}=cy`);
      expect(form.querySelector('input[type="hidden"]'), 'no hidden input carries the language').to.equal(null);
    });
  });

  describe('mode="both"', () => {
    it('lists both languages in a labelled nav, the current one marked and not a link', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><cyd-language-toggle mode="both" href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle></div>`,
      );
      await settled(wrapper);
      const nav = wrapper.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Language');
      const items = [...nav.querySelectorAll('li')];
      expect(items.map((li) => visibleName(li.firstElementChild!))).to.deep.equal(['English', 'Cymraeg']);
      const current = items[0]!.firstElementChild!;
      expect(current.localName).to.equal('span');
      expect(current.getAttribute('aria-current')).to.equal('true');
      expect(items[1]!.querySelector('a')!.getAttribute('href')).to.equal('/cy/parcio');
      await switchLanguage(wrapper, 'cy');
      expect(nav.getAttribute('aria-label')).to.equal('Iaith');
      expect(wrapper.querySelector('[aria-current]')!.textContent!.trim()).to.equal('Cymraeg');
    });

    it('puts Welsh first with first="cy"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><cyd-language-toggle mode="both" first="cy" href-en="/en" href-cy="/cy"></cyd-language-toggle></div>`,
      );
      await settled(wrapper);
      expect([...wrapper.querySelectorAll('li')].map((li) => visibleName(li.firstElementChild!))).to.deep.equal(['Cymraeg', 'English']);
    });

    it('switches in place from the list', async () => {
      const { wrapper, toggle } = await inPlacePage('en', 'mode="both"');
      toggle.querySelector('button')!.click();
      await settled(wrapper);
      expect(wrapper.lang).to.equal('cy');
      expect(toggle.querySelector('[aria-current]')!.textContent!.trim()).to.equal('Cymraeg');
    });
  });

  it('is accessible (axe) in English and Welsh, as a link, a button and a list', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main lang="en">
      <cyd-language-toggle href-en="/en" href-cy="/cy"></cyd-language-toggle>
      <cyd-language-toggle mode="both" href-en="/en" href-cy="/cy"></cyd-language-toggle>
      <div id="part"><cyd-language-toggle for="part" no-restore></cyd-language-toggle></div>
    </main>`);
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});
