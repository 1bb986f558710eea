import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../notification-banner/define.js';
import type { CydNotificationBanner } from './notification-banner.js';
import { notificationBannerMessages } from './notification-banner.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const important = `<div lang="en"><cyd-notification-banner text="You have 7 days left to send your application."
  text-cy="Mae gennych 7 diwrnod ar ôl i anfon eich cais."></cyd-notification-banner><a href="#next">Next</a></div>`;
const success = `<div lang="en"><a href="#before">Before</a><cyd-notification-banner type="success"><h3 class="cyd-notification-banner__heading">Training outcome recorded</h3></cyd-notification-banner></div>`;

const box = (root: ParentNode) => root.querySelector<HTMLElement>('.cyd-notification-banner')!;

describe('cyd-notification-banner', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(notificationBannerMessages)).to.deep.equal([]);
  });

  it('is a region named “Important” / “Pwysig” by its title, and does not take focus', async () => {
    const main = await fixture<HTMLElement>(important);
    await settled(main);
    const banner = box(main);
    expect(banner.getAttribute('role')).to.equal('region');
    const title = main.querySelector('h2')!;
    expect(banner.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(title.textContent).to.equal('Important');
    expect(document.activeElement === banner).to.equal(false);
    await switchLanguage(main, 'cy');
    expect(main.querySelector('h2')!.textContent).to.equal('Pwysig');
    expect(main.querySelector('.cyd-notification-banner__heading')!.textContent).to.equal('Mae gennych 7 diwrnod ar ôl i anfon eich cais.');
  });

  it('announces success (role="alert") and takes focus when it first shows, with a visible ring', async () => {
    const main = await fixture<HTMLElement>(success);
    await settled(main);
    const banner = box(main);
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(main.querySelector('h2')!.textContent).to.equal('Success');
    expect(document.activeElement === banner, 'focused').to.equal(true);
    expect(getComputedStyle(banner).outlineStyle).to.equal('solid');
    expect(main.querySelector('h3')!.parentElement!.hasAttribute('data-cyd-content'), 'the author’s heading moved in').to.equal(true);
    // Tab continues from the banner; the temporary tabindex goes with focus.
    await sendKeys({ press: 'Tab' });
    expect(banner.hasAttribute('tabindex')).to.equal(false);
    await switchLanguage(main, 'cy');
    expect(main.querySelector('h2')!.textContent).to.equal('Llwyddiant');
    expect(document.activeElement === box(main), 'a re-render does not steal focus again').to.equal(false);
  });

  it('takes focus after upgrading the server’s markup too, unless disable-auto-focus', async () => {
    const server = await serverRender(success, 'en');
    expect(server.problems).to.deep.equal([]);
    const main = await fixture<HTMLElement>(server.html);
    const serverBox = box(main);
    await settled(main);
    expect(box(main), 'the server’s node is kept').to.equal(serverBox);
    expect(document.activeElement === serverBox).to.equal(true);
    const quiet = await fixture<HTMLElement>(success.replace('type="success"', 'type="success" disable-auto-focus'));
    await settled(quiet);
    expect(document.activeElement === box(quiet)).to.equal(false);
  });

  it('renders on the server what the browser renders', async () => {
    const server = await serverRender(important.replace('lang="en"', 'lang="cy"'), 'cy');
    const [fromServer, fromBrowser] = [await fixture<HTMLElement>(server.html), await fixture<HTMLElement>(important.replace('lang="en"', 'lang="cy"'))];
    await settled(fromServer);
    await settled(fromBrowser);
    expect(outline(box(fromServer))).to.equal(outline(box(fromBrowser)));
  });

  it('reads title-text, title-id and title-heading-level', async () => {
    const banner = await fixture<CydNotificationBanner>(
      html`<cyd-notification-banner lang="cy" title-text="Update" title-text-cy="Diweddariad" title-id="update" title-heading-level="3"></cyd-notification-banner>`,
    );
    await settled(banner);
    const title = banner.querySelector('h3')!;
    expect([title.id, title.textContent, box(banner).getAttribute('aria-labelledby')]).to.deep.equal(['update', 'Diweddariad', 'update']);
  });

  it('wraps long Welsh on a 320px screen, accessible in both languages, both types', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const source of [important, success]) {
        const main = await fixture<HTMLElement>(
          source.replace('lang="en"', 'lang="cy"').replace('text-cy="Mae', 'text-cy="Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch: mae'),
        );
        await settled(main);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expectAccessibleInBothLanguages(main);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports that it shows no words, and not when the words are content', async () => {
    const empty = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-notification-banner></cyd-notification-banner>`)));
    expect(
      empty.some((e) => e.includes('has a title and no message') && e.includes('text-cy')),
      empty.join('\n'),
    ).to.equal(true);
    const full = await consoleErrorsDuring(async () => settled(await fixture(`<cyd-notification-banner><p>Message</p></cyd-notification-banner>`)));
    expect(full.filter((e) => e.includes('has a title and no message'))).to.deep.equal([]);
  });
});
