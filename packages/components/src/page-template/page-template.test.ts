import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems, type Locale } from '@cydran/i18n';
import '../skip-link/define.js';
import '../header/define.js';
import '../service-navigation/define.js';
import '../phase-banner/define.js';
import '../back-link/define.js';
import '../breadcrumbs/define.js';
import '../footer/define.js';
import '../language-toggle/define.js';
import '../button/define.js';
import { type PageOptions, pageBodyMarkup } from './page-template.js';
import { pageTemplateMessages } from './page-template.messages.js';
import { serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

function options(lang: Locale, extra: Partial<PageOptions> = {}): PageOptions {
  return {
    lang,
    title: { en: 'Parking permits', cy: 'Trwyddedau parcio' },
    serviceName: { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded barcio' },
    serviceHref: '#start',
    organisation: { en: 'Gwernyfed County Council', cy: 'Cyngor Sir Gwernyfed' },
    alternates: { en: '#en', cy: '#cy' },
    phaseBanner: { phase: 'beta', feedbackHref: '#feedback' },
    breadcrumbs: { items: [{ text: { en: 'Home', cy: 'Hafan' }, href: '#home' }, { text: { en: 'Parking permits', cy: 'Trwyddedau parcio' } }] },
    footer: { accessibilityHref: '#accessibility', cookiesHref: '#cookies', copyright: { en: '© Gwernyfed County Council', cy: '© Cyngor Sir Gwernyfed' } },
    body: '<cyd-button text="Start now" text-cy="Dechrau nawr" start href="#start"></cyd-button>',
    ...extra,
  };
}

/** The page's body as the browser renders the template's markup. */
async function place(lang: Locale = 'en', extra: Partial<PageOptions> = {}) {
  const wrapper = await fixture<HTMLDivElement>(`<div class="cyd-template__body" lang="${lang}">${pageBodyMarkup(options(lang, extra))}</div>`);
  await settled(wrapper);
  return wrapper;
}

describe('page template in the browser', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(pageTemplateMessages)).to.deep.equal([]);
  });

  it('lays the page out: skip link, one banner with header and phase banner, breadcrumbs, main, footer', async () => {
    const page = await place();
    const parts = [...page.children].map((child) => child.localName + (child.className ? `.${child.className}` : ''));
    expect(parts).to.deep.equal(['cyd-skip-link', 'header.cyd-template__header', 'div.cyd-width-container', 'cyd-footer']);
    expect(page.querySelectorAll('header').length, 'one banner: the header component renders no second one').to.equal(1);
    expect(page.querySelector('header cyd-phase-banner')).to.not.equal(null);
    expect(page.querySelector('.cyd-width-container > cyd-breadcrumbs + main#main-content')).to.not.equal(null);
  });

  it('switches every part’s words live', async () => {
    const page = await place();
    await switchLanguage(page, 'cy');
    expect(page.querySelector('.cyd-skip-link')!.textContent!.trim()).to.equal('Neidio i’r prif gynnwys');
    expect(page.querySelector('cyd-breadcrumbs nav')!.getAttribute('aria-label')).to.equal('Briwsion bara');
    expect(page.querySelector('.cyd-header__service-name')!.textContent!.trim()).to.equal('Gwneud cais am drwydded barcio');
  });

  it('starts at the skip link with Tab, and Enter takes the next Tab into main', async () => {
    await place();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.className).to.equal('cyd-skip-link');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.closest('main#main-content'), 'focus is in main').to.not.equal(null);
  });

  it('server render, upgraded, is the page the browser renders', async () => {
    for (const lang of ['en', 'cy'] as const) {
      const rendered = await serverRender(`<div class="cyd-template__body" lang="${lang}">${pageBodyMarkup(options(lang))}</div>`, lang);
      expect(rendered.problems).to.deep.equal([]);
      const server = await fixture<HTMLDivElement>(rendered.html);
      await settled(server);
      const client = await place(lang);
      expect(outline(server)).to.equal(outline(client));
    }
  });

  it('fits a 320px screen in Welsh', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const page = await place('cy', { breadcrumbs: undefined, backLink: { href: '#back' } });
      expect(page.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh', async () => {
    const page = await place();
    for (const lang of ['en', 'cy'] as const) {
      await switchLanguage(page, lang);
      await expect(page).to.be.accessible();
    }
  });

  it('is accessible (axe) with a back link before main, but for the region rule', async () => {
    const page = await place('cy', { breadcrumbs: undefined, backLink: { href: '#back' } });
    for (const lang of ['en', 'cy'] as const) {
      await switchLanguage(page, lang);
      // Exception for this test only: GOV.UK places the back link before
      // <main>, outside every landmark, so the skip link skips it; axe's
      // region rule (a best practice, not WCAG) wants all content in landmarks.
      await expect(page).to.be.accessible({ ignoredRules: ['region'] });
    }
  });
});
