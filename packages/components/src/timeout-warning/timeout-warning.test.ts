import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { catalogueProblems } from '@cydran/i18n';
import '../timeout-warning/define.js';
import type { CydTimeoutWarning, TimeoutClock } from './timeout-warning.js';
import { timeoutWarningMessages } from './timeout-warning.messages.js';
import { announcementPoint, countdownSentence } from './timeout-warning.template.js';
import { consoleErrorsDuring, settled, switchLanguage } from '../../../../test/support/helpers.js';

/**
 * A clock the test moves by hand: no real waiting. `tick` runs each timer
 * due on the way at its own time, in order; `jump` moves time with no timer
 * running (a tab held back, a laptop asleep).
 */
class HandClock implements TimeoutClock {
  #now: number;
  #next = 1;
  readonly #timers = new Map<number, { at: number; run: () => void }>();
  constructor(start: number) {
    this.#now = start;
  }
  now(): number {
    return this.#now;
  }
  setTimeout(run: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), run });
    return id;
  }
  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.#timers.delete(handle);
  }
  tick(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.#now = due[1].at;
      due[1].run();
    }
    this.#now = end;
  }
  jump(ms: number): void {
    this.#now += ms;
  }
  /** Runs the timers already due, as a held-back tab does when it runs again. */
  catchUp(): void {
    this.tick(0);
  }
}

const START = Date.parse('2026-12-03T10:00:00Z');
const MINUTE = 60_000;
const at = (ms: number) => new Date(START + ms).toISOString();

interface Placed {
  wrapper: HTMLDivElement;
  element: CydTimeoutWarning;
  clock: HandClock;
  dialog: () => HTMLDialogElement;
  status: () => string;
  text: () => string;
}

async function place(
  attributes: Record<string, string> = {},
  lang: 'en' | 'cy' = 'en',
  clock = new HandClock(START),
  wrapper?: HTMLDivElement,
): Promise<Placed> {
  const into = wrapper ?? (await fixture<HTMLDivElement>(html`<div lang=${lang}><button type="button" class="page-button">Page button</button></div>`));
  const element = document.createElement('cyd-timeout-warning');
  for (const [name, value] of Object.entries({
    'expires-at': at(10 * MINUTE),
    'keep-alive-href': '/session/keep-alive',
    'sign-out-href': '/sign-out',
    'timed-out-href': '/signed-out',
    ...attributes,
  }))
    element.setAttribute(name, value);
  element.clock = clock;
  into.append(element);
  await settled(into);
  return {
    wrapper: into,
    element,
    clock,
    dialog: () => element.querySelector('dialog')!,
    status: () => element.querySelector('.cyd-timeout-warning__status')!.textContent!.trim(),
    text: () => element.querySelector('.cyd-timeout-warning__text')!.textContent!.trim(),
  };
}

/** Moves the clock, then lets the element render and open or close its dialog. */
async function advance(placed: Placed, ms: number) {
  placed.clock.tick(ms);
  await settled(placed.wrapper);
}

function keepAliveReplies(expiresAt: string) {
  return sinon
    .stub(window, 'fetch')
    .callsFake(async () => new Response(JSON.stringify({ expiresAt }), { status: 200, headers: { 'content-type': 'application/json' } }));
}

describe('cyd-timeout-warning', () => {
  afterEach(() => sinon.restore());

  it('has every message in both languages', () => {
    expect(catalogueProblems(timeoutWarningMessages)).to.deep.equal([]);
  });

  it('stays closed until warn-before seconds are left, then opens as a modal dialog with focus on "Stay signed in"', async () => {
    const placed = await place();
    const pageButton = placed.wrapper.querySelector<HTMLButtonElement>('.page-button')!;
    pageButton.focus();
    await advance(placed, 8 * MINUTE - 1000);
    expect(placed.dialog().open, 'closed at 2:01 left').to.equal(false);
    await advance(placed, 1000);
    expect(placed.dialog().open, 'open at 2:00 left').to.equal(true);
    expect(placed.dialog().matches(':modal')).to.equal(true);
    expect(placed.element.open).to.equal(true);
    expect(document.activeElement).to.equal(placed.element.querySelector('.cyd-timeout-warning__stay'));
    expect(placed.text()).to.equal('For your security, we will sign you out in 2 minutes.');
    expect(placed.element.querySelector('h2')!.textContent).to.equal('You’re about to be signed out');
    expect(pageButton.matches(':is(:modal, :modal *)'), 'the page behind is not part of the dialog').to.equal(false);
  });

  it('warns at once, never late, when the page arrives inside the warning time', async () => {
    const placed = await place({ 'expires-at': at(90_000) });
    expect(placed.dialog().open).to.equal(true);
    expect(placed.text()).to.equal('For your security, we will sign you out in 2 minutes.');
    await advance(placed, 30_000);
    expect(placed.text()).to.equal('For your security, we will sign you out in 1 minute.');
  });

  it('speaks the countdown at each whole minute and at 30 seconds, never every second', async () => {
    const placed = await place({ 'expires-at': at(5 * MINUTE), 'warn-before': '300' });
    expect(placed.dialog().open).to.equal(true);
    expect(placed.status(), 'nothing spoken on opening: the dialog says it').to.equal('');
    const spoken: string[] = [];
    for (let second = 0; second < 299; second++) {
      await advance(placed, 1000);
      const said = placed.status();
      if (said !== (spoken[spoken.length - 1] ?? '')) spoken.push(said);
    }
    expect(spoken).to.deep.equal([
      'For your security, we will sign you out in 4 minutes.',
      'For your security, we will sign you out in 3 minutes.',
      'For your security, we will sign you out in 2 minutes.',
      'For your security, we will sign you out in 1 minute.',
      'For your security, we will sign you out in 30 seconds.',
    ]);
    expect(placed.text(), 'the visible countdown goes on to the seconds').to.equal('For your security, we will sign you out in 1 second.');
  });

  it('counts down in Welsh with each number in its own form', async () => {
    const placed = await place({ 'expires-at': at(2 * MINUTE) }, 'cy');
    expect(placed.element.querySelector('h2')!.textContent).to.equal('Rydych ar fin cael eich allgofnodi');
    expect(placed.text()).to.equal('Er eich diogelwch, byddwn yn eich allgofnodi cyn pen 2 funud.');
    expect(placed.element.querySelector('.cyd-timeout-warning__stay')!.textContent!.trim()).to.equal('Aros wedi’ch mewngofnodi');
    expect(placed.element.querySelector('.cyd-timeout-warning__sign-out')!.textContent!.trim()).to.equal('Allgofnodi');
    await advance(placed, 60_000);
    expect(placed.text()).to.equal('Er eich diogelwch, byddwn yn eich allgofnodi cyn pen 1 munud.');
    expect(placed.status()).to.equal('Er eich diogelwch, byddwn yn eich allgofnodi cyn pen 1 munud.');
    await advance(placed, 30_000);
    expect(placed.status()).to.equal('Er eich diogelwch, byddwn yn eich allgofnodi cyn pen 30 eiliad.');
    await switchLanguage(placed.wrapper, 'en');
    expect(placed.text()).to.equal('For your security, we will sign you out in 30 seconds.');
    expect(placed.status(), 'what was last spoken follows the language too').to.equal('For your security, we will sign you out in 30 seconds.');
  });

  it('"Stay signed in" POSTs to keep-alive-href, closes, gives focus back and waits for the new end', async () => {
    const fetch = keepAliveReplies(at(30 * MINUTE));
    const placed = await place();
    const pageButton = placed.wrapper.querySelector<HTMLButtonElement>('.page-button')!;
    pageButton.focus();
    await advance(placed, 8 * MINUTE);
    expect(placed.dialog().open).to.equal(true);
    const extended = oneEvent(placed.element, 'cyd-session-extended');
    await sendKeys({ press: 'Enter' });
    expect((await extended).detail.expiresAt).to.equal(at(30 * MINUTE));
    await settled(placed.wrapper);
    expect(fetch.calledOnce).to.equal(true);
    const [url, init] = fetch.firstCall.args;
    expect([String(url), init?.method, init?.credentials]).to.deep.equal(['/session/keep-alive', 'POST', 'same-origin']);
    expect(placed.dialog().open).to.equal(false);
    expect(placed.element.expiresAt).to.equal(at(30 * MINUTE));
    expect(document.activeElement, 'focus goes back where it was').to.equal(pageButton);
    await advance(placed, 19 * MINUTE);
    expect(placed.dialog().open, 'not before the new warning time').to.equal(false);
    await advance(placed, 1 * MINUTE);
    expect(placed.dialog().open).to.equal(true);
  });

  it('keeps the same session length when the keep-alive reply does not give the new end', async () => {
    sinon.stub(window, 'fetch').callsFake(async () => new Response(null, { status: 204 }));
    const placed = await place();
    await advance(placed, 9 * MINUTE);
    await placed.element.staySignedIn();
    expect(placed.element.expiresAt).to.equal(at(19 * MINUTE));
  });

  it('stays open and says so when the keep-alive fails, in both languages', async () => {
    sinon.stub(window, 'fetch').callsFake(async () => new Response('nope', { status: 500 }));
    const placed = await place();
    await advance(placed, 8 * MINUTE);
    await placed.element.staySignedIn();
    await settled(placed.wrapper);
    expect(placed.dialog().open).to.equal(true);
    const problem = placed.element.querySelector('.cyd-timeout-warning__problem')!;
    expect(problem.textContent).to.equal('We could not keep you signed in. Try again.');
    await switchLanguage(placed.wrapper, 'cy');
    expect(placed.element.querySelector('.cyd-timeout-warning__problem')!.textContent).to.equal(
      'Nid oedd modd eich cadw wedi’ch mewngofnodi. Rhowch gynnig arall arni.',
    );
  });

  it('Escape keeps the person signed in', async () => {
    const fetch = keepAliveReplies(at(30 * MINUTE));
    const placed = await place();
    await advance(placed, 8 * MINUTE);
    const extended = oneEvent(placed.element, 'cyd-session-extended');
    await sendKeys({ press: 'Escape' });
    await extended;
    await settled(placed.wrapper);
    expect(fetch.calledOnce).to.equal(true);
    expect(placed.dialog().open).to.equal(false);
  });

  it('keeps focus in the dialog: Tab and Shift+Tab go round its two actions', async () => {
    const placed = await place();
    await advance(placed, 8 * MINUTE);
    const stay = placed.element.querySelector<HTMLElement>('.cyd-timeout-warning__stay')!;
    const signOut = placed.element.querySelector<HTMLElement>('.cyd-timeout-warning__sign-out')!;
    expect(document.activeElement).to.equal(stay);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(signOut);
    // Past either end, a real Tab would leave the page for the browser's own
    // controls when the dialog does not keep it; the key's own event shows
    // where the dialog sends it instead.
    const tabFrom = (from: HTMLElement, shiftKey: boolean) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
      from.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(tabFrom(signOut, false), 'Tab on the last action is kept').to.equal(true);
    expect(document.activeElement).to.equal(stay);
    expect(tabFrom(stay, true), 'Shift+Tab on the first action is kept').to.equal(true);
    expect(document.activeElement).to.equal(signOut);
    expect(tabFrom(signOut, true), 'Shift+Tab inside goes the browser’s way').to.equal(false);
  });

  it('"Sign out" is a link to sign-out-href', async () => {
    const placed = await place();
    await advance(placed, 8 * MINUTE);
    const link = placed.element.querySelector<HTMLAnchorElement>('.cyd-timeout-warning__sign-out')!;
    expect(link.getAttribute('href')).to.equal('/sign-out');
    let followed = '';
    placed.wrapper.addEventListener(
      'click',
      (event) => {
        event.preventDefault();
        followed = link.href;
      },
      { once: true },
    );
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(new URL(followed).pathname).to.equal('/sign-out');
  });

  it('goes to timed-out-href at zero', async () => {
    const placed = await place();
    const timedOut: string[] = [];
    placed.element.addEventListener('cyd-timed-out', (event) => {
      event.preventDefault();
      if (event instanceof CustomEvent) timedOut.push(event.detail.href);
    });
    await advance(placed, 10 * MINUTE - 1000);
    expect(timedOut).to.deep.equal([]);
    await advance(placed, 1000);
    expect(timedOut).to.deep.equal(['/signed-out']);
    expect(placed.dialog().open).to.equal(false);
  });

  it('never goes to an unsafe timed-out link, given as an attribute or a property', async () => {
    for (const set of ['attribute', 'property'] as const) {
      const placed = await place(set === 'attribute' ? { 'timed-out-href': 'javascript:alert(1)' } : {});
      if (set === 'property') {
        placed.element.timedOutHref = ' JavaScript:alert(1)';
        await settled(placed.wrapper);
      }
      const went: string[] = [];
      placed.element.addEventListener('cyd-timed-out', (event) => {
        event.preventDefault();
        if (event instanceof CustomEvent) went.push(event.detail.href);
      });
      await advance(placed, 10 * MINUTE);
      expect(went, set).to.deep.equal(['#']);
      fixtureCleanup();
    }
  });

  it('checks the time at once when the tab comes back to the front, its timers held back', async () => {
    const placed = await place();
    placed.clock.jump(9 * MINUTE);
    await settled(placed.wrapper);
    expect(placed.dialog().open, 'no timer has run yet').to.equal(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(placed.wrapper);
    expect(placed.dialog().open).to.equal(true);
    expect(placed.text()).to.equal('For your security, we will sign you out in 1 minute.');
  });

  it('times out at once when its timers were held back past the end (a sleeping laptop)', async () => {
    const placed = await place();
    const timedOut: string[] = [];
    placed.element.addEventListener('cyd-timed-out', (event) => {
      event.preventDefault();
      timedOut.push('timed out');
    });
    placed.clock.jump(11 * MINUTE);
    placed.clock.catchUp();
    await settled(placed.wrapper);
    expect(timedOut).to.deep.equal(['timed out']);
    expect(placed.dialog().open, 'no warning shown for a time already past').to.equal(false);
  });

  it('keeps tabs in step: staying signed in in one closes the warning in the others and moves their end', async function () {
    // A guard, not a wait: without it a message never sent would hold up every test after this one.
    this.timeout(5000);
    keepAliveReplies(at(30 * MINUTE));
    const clock = new HandClock(START);
    const first = await place({ id: 'tab-one', channel: 'test-tabs' }, 'en', clock);
    const second = await place({ id: 'tab-two', channel: 'test-tabs' }, 'en', clock, first.wrapper);
    const elsewhere = await place({ id: 'tab-three', channel: 'another-service' }, 'en', clock, first.wrapper);
    elsewhere.element.addEventListener('cyd-timed-out', (event) => event.preventDefault());
    clock.tick(8 * MINUTE);
    await settled(first.wrapper);
    expect([first.dialog().open, second.dialog().open, elsewhere.dialog().open]).to.deep.equal([true, true, true]);
    const told = oneEvent(second.element, 'cyd-session-extended');
    await first.element.staySignedIn();
    expect((await told).detail.expiresAt).to.equal(at(30 * MINUTE));
    await settled(first.wrapper);
    expect([first.dialog().open, second.dialog().open], 'both tabs of the service').to.deep.equal([false, false]);
    expect(second.element.expiresAt).to.equal(at(30 * MINUTE));
    expect(elsewhere.dialog().open, 'another channel is another service').to.equal(true);
    clock.tick(19 * MINUTE);
    await settled(first.wrapper);
    expect(second.dialog().open, 'the other tab warns at the new time, not the old').to.equal(false);
  });

  it('is accessible (axe) in English and Welsh, open, and fits 320px with the Welsh words', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const placed = await place({}, 'cy');
      await advance(placed, 8 * MINUTE);
      for (const lang of ['cy', 'en'] as const) {
        await switchLanguage(placed.wrapper, lang);
        await expect(placed.wrapper).to.be.accessible();
        const box = placed.dialog().getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(placed.dialog().scrollWidth).to.be.at.most(placed.dialog().clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports a missing or wrong expires-at and missing links, naming the fix', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cyd-timeout-warning></cyd-timeout-warning><cyd-timeout-warning id="b" expires-at="soon" keep-alive-href="/k" timed-out-href="/t"></cyd-timeout-warning></div>`);
      await settled(wrapper);
    });
    expect(errors.some((e) => e.includes('has no expires-at'))).to.equal(true);
    expect(errors.some((e) => e.includes('expires-at="soon" is not a time'))).to.equal(true);
    expect(errors.some((e) => e.includes('has no keep-alive-href'))).to.equal(true);
    expect(errors.some((e) => e.includes('has no timed-out-href'))).to.equal(true);
  });

  it('says minutes rounded up, then seconds; speaks at whole minutes and 30 seconds', () => {
    expect([countdownSentence(61, 'en'), countdownSentence(60, 'en'), countdownSentence(59, 'en')]).to.deep.equal([
      'For your security, we will sign you out in 2 minutes.',
      'For your security, we will sign you out in 1 minute.',
      'For your security, we will sign you out in 59 seconds.',
    ]);
    expect([120, 61, 60, 31, 30, 1].map(announcementPoint)).to.deep.equal([120, 120, 60, 60, 30, 30]);
  });
});
