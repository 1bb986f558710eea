/**
 * The sign-in pages in Chromium: each page as the server sends it
 * (`renderAuthPage`, through the `cydran-auth-page` command), upgraded by the
 * components, in Welsh and English; axe, the keyboard, a pasted code, the
 * authenticator app's secret key.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Locale } from '@cydran/i18n';
import '@cydran/components/all';
import { settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';
import { authMessages } from './auth.messages.js';

interface Listed {
  name: string;
  state: string;
  posts: string[];
}

const COMMAND = 'cydran-auth-page';
const mounted: HTMLElement[] = [];

/** The page's body, as the server rendered it, in a root carrying the page's language (as `<html lang>` would). */
async function mount(name: string, state: string, locale: Locale): Promise<HTMLElement> {
  const reply = await executeServerCommand<{ html: string; problems: string[] }, { name: string; state: string; locale: Locale }>(COMMAND, {
    name,
    state,
    locale,
  });
  if (!reply)
    throw new Error(`${COMMAND} is not mounted: add authPagesPlugin() from packages/auth/src/patterns/test-pages-plugin.js to web-test-runner.config.js.`);
  expect(reply.problems, 'developer problems').to.deep.equal([]);
  const served = new DOMParser().parseFromString(reply.html, 'text/html');
  const root = document.createElement('div');
  root.lang = served.documentElement.lang;
  root.className = 'cyd-template__body';
  root.append(...[...served.body.childNodes].map((node) => document.importNode(node, true)));
  document.body.append(root);
  mounted.push(root);
  await settled(root);
  return root;
}

// A form that really submitted would take the test page away (and the run would hang): none may.
document.addEventListener('submit', (event) => event.preventDefault());

afterEach(() => {
  for (const root of mounted.splice(0)) root.remove();
});

const pages = (await executeServerCommand<Listed[], { list: true }>(COMMAND, { list: true })) ?? [];

describe('auth patterns in the browser', () => {
  it('lists the example pages', () => {
    expect(pages.length, `${COMMAND} gave no pages: is authPagesPlugin() in web-test-runner.config.js?`).to.be.greaterThan(20);
  });

  for (const page of pages) {
    for (const locale of ['en', 'cy'] as const) {
      it(`${page.name} (${page.state}) in ${locale}: upgraded, in its language, axe clean`, async () => {
        const root = await mount(page.name, page.state, locale);
        const undefinedTags = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('cyd-') && !customElements.get(el.localName));
        expect(undefinedTags.map((el) => el.localName)).to.deep.equal([]);
        // Each form control says its label in the page's language once upgraded.
        const labels = [...root.querySelectorAll('main label, main legend')].map((el) => el.textContent?.trim());
        for (const label of labels) expect(Object.values(authMessages[locale === 'en' ? 'cy' : 'en'])).not.to.include(label);
        // The skip link sits before every landmark, as on every GOV.UK page (axe's region rule is a best practice that wants it in one).
        await expect(root).to.be.accessible({ ignoredRules: ['region'] });
      });
    }
  }
});

describe('auth patterns: keyboard and input', () => {
  it('Show password / Dangos: Tab from the password reaches the toggle, Enter shows it, in Welsh', async () => {
    const root = await mount('signInPasswordPage', 'empty', 'cy');
    const input = root.querySelector<HTMLInputElement>('input[name="password"]')!;
    input.focus();
    await sendKeys({ type: 'correct horse' });
    await sendKeys({ press: 'Tab' });
    const toggle = document.activeElement as HTMLButtonElement;
    expect(toggle.localName).to.equal('button');
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Dangos cyfrinair');
    await sendKeys({ press: 'Enter' });
    await settled(root);
    expect(input.type).to.equal('text');
    expect(input.value, 'what was typed is kept').to.equal('correct horse');
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Cuddio cyfrinair');
  });

  it('"Problems with the code?" opens with the keyboard and offers a new code', async () => {
    const root = await mount('checkEmailPage', 'empty', 'en');
    const input = root.querySelector<HTMLInputElement>('input[name="code"]')!;
    input.focus();
    await sendKeys({ press: 'Tab' });
    const summary = document.activeElement!;
    expect(summary.localName).to.equal('summary');
    expect(summary.textContent?.trim()).to.equal('Problems with the code?');
    const details = summary.closest('details')!;
    expect(details.open).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const resend = details.querySelector<HTMLAnchorElement>('a')!;
    expect(resend.getAttribute('href')).to.equal('/sign-in/resend-code');
    expect(resend.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('a code pasted with spaces or dashes posts as its digits', async () => {
    const root = await mount('checkPhonePage', 'sign in', 'cy');
    const form = root.querySelector('main form') as HTMLFormElement;
    const input = root.querySelector<HTMLInputElement>('input[name="code"]')!;
    for (const pasted of ['123 456', '123-456', ' 12 34 56 ']) {
      input.focus();
      input.select();
      document.execCommand('insertText', false, pasted);
      await settled(root);
      const posted = await trySubmit(form);
      expect(posted, `"${pasted}" submits`).to.not.equal(null);
      expect(posted!.get('code')).to.equal('123456');
      expect(posted!.get('csrf-token')).to.equal('example-csrf-token');
    }
  });

  it('the authenticator app set-up shows the secret key in groups of four and names the QR code', async () => {
    for (const locale of ['en', 'cy'] as const) {
      const root = await mount('authenticatorSetupPage', 'empty', locale);
      const groups = [...root.querySelectorAll('[data-secret-key] .cyd-auth-secret__group')].map((group) => group.textContent);
      expect(groups).to.deep.equal(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'JBSW', 'Y3DP', 'EHPK', '3PXP']);
      expect(root.querySelector('[data-secret-key]')!.textContent, 'copied, the groups keep their spaces').to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
      const image = root.querySelector('[role="img"]')!;
      expect(image.getAttribute('aria-label')).to.equal(authMessages[locale].qrCodeName);
      const svg = image.querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(100);
      root.remove();
    }
  });

  it('components follow a live language switch on a server-rendered page', async () => {
    const root = await mount('createPasswordPage', 'errors', 'en');
    await switchLanguage(root, 'cy');
    const labels = [...root.querySelectorAll('main label')].map((label) => label.textContent?.trim());
    expect(labels).to.deep.equal(['Cyfrinair', 'Cadarnhewch eich cyfrinair']);
    expect(root.querySelector('.cyd-error-summary__title')!.textContent?.trim()).to.equal('Mae problem wedi codi');
  });
});
