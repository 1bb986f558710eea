import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { catalogueProblems } from '@cydran/i18n';
import '../exit-this-page/define.js';
import type { CydExitThisPage } from './exit-this-page.js';
import { SHORTCUT_TIMEOUT_MS } from './exit-this-page.js';
import { exitThisPageMessages } from './exit-this-page.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const SAFE = 'https://www.bbc.co.uk/weather';

/** The element on a page, its departures recorded and stopped (the test page must stay). */
async function place(lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><cyd-exit-this-page href=${SAFE}></cyd-exit-this-page><p>Page content</p></div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydExitThisPage>('cyd-exit-this-page')!;
  const departures: string[] = [];
  element.addEventListener('cyd-exit-this-page', (event) => {
    event.preventDefault();
    departures.push((event as CustomEvent<{ href: string }>).detail.href);
  });
  const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    wrapper,
    element,
    departures,
    link: () => element.querySelector<HTMLAnchorElement>('a.cyd-exit-this-page__button')!,
    status: () => text(element.querySelector('[role="status"]')),
    overlay: () => element.querySelector<HTMLDialogElement>('dialog.cyd-exit-this-page__overlay')!,
    lightsOn: () => element.querySelectorAll('.cyd-exit-this-page__light--on').length,
    text,
  };
}

/** A key released, as the browser reports it to the document. */
function keyUp(key: string, shiftKey = false): void {
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key, shiftKey, bubbles: true }));
}

interface AccessibilityNode {
  role?: string;
  name?: string;
  description?: string;
  children?: AccessibilityNode[];
}

describe('cyd-exit-this-page', () => {
  afterEach(() => sinon.restore());

  it('has every message in both languages', () => {
    expect(catalogueProblems(exitThisPageMessages)).to.deep.equal([]);
  });

  it('is a warning button link to the safe page, named “Emergency Exit this page” and described by the Shift instructions', async () => {
    const { wrapper, link, text } = await place();
    expect(link().getAttribute('href')).to.equal(SAFE);
    expect(link().classList.contains('cyd-button--warning')).to.equal(true);
    expect(text(link())).to.equal('Emergency Exit this page');
    expect(text(link().querySelector('.cyd-visually-hidden'))).to.equal('Emergency');
    expect(text(document.getElementById(link().getAttribute('aria-describedby')!))).to.equal('Press Shift 3 times to exit this page.');
    await switchLanguage(wrapper, 'cy');
    expect(text(link())).to.equal('Argyfwng Gadael y dudalen hon');
    expect(text(document.getElementById(link().getAttribute('aria-describedby')!))).to.equal('Pwyswch ‘Shift’ 3 gwaith i adael y dudalen hon.');
  });

  it('is a link named and described in the accessibility tree, in Welsh on a Welsh page', async () => {
    await place('cy');
    const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
    const link = findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === 'link' && node.name === 'Argyfwng Gadael y dudalen hon');
    expect(link?.description).to.equal('Pwyswch ‘Shift’ 3 gwaith i adael y dudalen hon.');
  });

  it('covers the page and leaves when pressed, from the keyboard too, with visible focus', async () => {
    const { wrapper, link, overlay, departures, text } = await place();
    link().focus();
    expect(getComputedStyle(link()).backgroundColor, 'focus shows the focus colour').to.equal('rgb(255, 221, 0)');
    await sendKeys({ press: 'Enter' });
    await settled(wrapper);
    expect(departures).to.deep.equal([SAFE]);
    expect(overlay().open, 'the overlay is up').to.equal(true);
    expect(overlay().matches(':modal'), 'modal: the page behind is inert').to.equal(true);
    expect(text(overlay())).to.equal('Loading.');
  });

  it('leaves after Shift three times, announcing the presses left in the page’s language', async () => {
    const { element, status, lightsOn, departures, overlay } = await place('cy');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    keyUp('Shift');
    await element.updateComplete;
    expect([status(), lightsOn()]).to.deep.equal(['Pwyswch ‘Shift’ 2 gwaith arall', 1]);
    clock.tick(SHORTCUT_TIMEOUT_MS - 1000);
    keyUp('Shift');
    await element.updateComplete;
    expect([status(), lightsOn()]).to.deep.equal(['Pwyswch ‘Shift’ 1 mwy o amser', 2]);
    clock.tick(SHORTCUT_TIMEOUT_MS - 1000);
    keyUp('Shift');
    await element.updateComplete;
    expect(departures).to.deep.equal([SAFE]);
    expect(overlay().open).to.equal(true);
    expect(overlay().textContent!.trim()).to.equal('Tudalen ymadael');
  });

  it('starts again when the presses are more than 5 seconds apart, saying so, then falls quiet', async () => {
    const { element, status, lightsOn, departures } = await place();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    keyUp('Shift');
    keyUp('Shift');
    clock.tick(SHORTCUT_TIMEOUT_MS);
    await element.updateComplete;
    expect([status(), lightsOn()]).to.deep.equal(['Exit this page expired.', 0]);
    keyUp('Shift');
    await element.updateComplete;
    expect(status()).to.equal('Shift, press 2 more times to exit.');
    clock.tick(SHORTCUT_TIMEOUT_MS);
    clock.tick(SHORTCUT_TIMEOUT_MS);
    await element.updateComplete;
    expect(status(), 'the expiry message goes after a while').to.equal('');
    expect(departures).to.deep.equal([]);
  });

  it('does not count Shift used to type a capital, and another key between presses starts again', async () => {
    const { element, departures, status } = await place();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    keyUp('Shift');
    keyUp('A', true); // Shift+A: "A" comes up with Shift held…
    await element.updateComplete;
    expect(status(), 'another key resets the count').to.equal('Exit this page expired.');
    keyUp('Shift'); // …then Shift itself, which is not a press
    keyUp('Shift');
    keyUp('Shift');
    await element.updateComplete;
    expect(departures).to.deep.equal([]);
    keyUp('Shift');
    await element.updateComplete;
    expect(departures).to.deep.equal([SAFE]);
    clock.restore();
  });

  it('takes the overlay away when the person comes back with Back (pageshow)', async () => {
    const { wrapper, link, overlay } = await place();
    link().click();
    await settled(wrapper);
    expect(overlay().open).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settled(wrapper);
    expect(overlay().open).to.equal(false);
  });

  it('is a plain link with JavaScript off, and upgrades to the enhanced button', async () => {
    const rendered = await serverRender(`<div lang="cy"><cyd-exit-this-page href="${SAFE}"></cyd-exit-this-page></div>`);
    expect(rendered.problems).to.deep.equal([]);
    const holder = document.createElement('div');
    holder.innerHTML = rendered.html;
    const link = holder.querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent!.replace(/\s+/g, ' ').trim()]).to.deep.equal([SAFE, 'Argyfwng Gadael y dudalen hon']);
    expect(holder.querySelectorAll('dialog, [role="status"]').length, 'no shortcut without JavaScript').to.equal(0);
    const upgraded = await fixture<HTMLDivElement>(rendered.html);
    await settled(upgraded);
    expect(upgraded.querySelectorAll('[data-cyd-root]').length).to.equal(1);
    expect(upgraded.querySelector('[role="status"]')).to.not.equal(null);
  });

  it('reports a missing href', async () => {
    const errors = await consoleErrorsDuring(() => fixture<CydExitThisPage>(html`<cyd-exit-this-page></cyd-exit-this-page>`));
    const element = document.querySelector<CydExitThisPage>('cyd-exit-this-page')!;
    expect(errors.some((e) => e.includes('<cyd-exit-this-page> has no href') && e.includes('href="'))).to.equal(true);
    // With nowhere to go, it does not cover the page.
    element.exitPage();
    await element.updateComplete;
    expect(element.querySelector('dialog')!.open).to.equal(false);
  });

  it('fits its Welsh on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place('cy');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has no accessibility problems in English or Welsh, counting and not', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
    keyUp('Shift');
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});
