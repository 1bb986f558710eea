// The runner's handler called with Fetch API requests and its pages read with
// parse5: redirects after every POST, errors shown back with what was typed,
// CSRF refusal, the body limit, no open redirects, the language switch
// keeping answers, change from check answers, one submission however often
// it is sent, save and return, and 405 for other methods.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SqlFormStore, developmentNotifier, openStore } from '../storage/index.js';
import { createFormHandler } from './handler.js';
import { Client, ORIGIN, attr, byTag, find, inputValue, textOf, title } from './client.fixture.js';
import { parkingForm } from './test-form.fixture.js';

const SECRET = 'a test secret that is long enough';

// One in-memory PGlite for the file: each test's client is its own journey.
let store: SqlFormStore;
before(async () => {
  store = await openStore({ databaseUrl: '', dataDir: 'memory://' });
});
after(() => store.close());

function setup(extra: { maxBodyBytes?: number } = {}) {
  const handler = createFormHandler({
    form: parkingForm,
    store,
    basePath: '/permit',
    csrfSecret: SECRET,
    notifier: developmentNotifier(store),
    developmentOutbox: true,
    ...extra,
  });
  return { store, handler, client: new Client(handler) };
}

const NEXT_YEAR = new Date().getUTCFullYear() + 1;

/** Answers every page up to check answers. */
async function answerAll(client: Client): Promise<void> {
  assert.equal((await client.answer('/permit/lives-here', { 'lives-here': 'yes' })).location, '/permit/full-name');
  assert.equal((await client.answer('/permit/full-name', { 'full-name': 'Siân <b>Jones</b>' })).location, '/permit/vehicle');
  assert.equal((await client.answer('/permit/vehicle', { vehicle: 'car' })).location, '/permit/start-date');
  const last = await client.answer('/permit/start-date', { 'start-date-day': '1', 'start-date-month': '2', 'start-date-year': String(NEXT_YEAR) });
  assert.equal(last.location, '/permit/check-answers');
}

describe('createFormHandler', () => {
  it('answers POST with 303 to the next page and stores the answer as the page is accepted', async () => {
    const { client, store } = setup();
    const reply = await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    assert.equal(reply.status, 303);
    assert.equal(reply.location, '/permit/full-name');
    const journeyId = client.cookies.get('cydran-journey-parking-permit');
    assert.ok(journeyId);
    assert.deepEqual((await store.getJourney(journeyId))?.answers, { 'lives-here': true });
  });

  it('keeps the journey in an HttpOnly, SameSite=Lax cookie, Secure on https', async () => {
    const { handler } = setup();
    const plain = await handler(new Request(`${ORIGIN}/permit/lives-here`));
    const cookie = plain.headers.getSetCookie().find((c) => c.startsWith('cydran-journey-parking-permit='));
    assert.ok(cookie?.includes('HttpOnly') && cookie.includes('SameSite=Lax') && cookie.includes('Path=/permit'), cookie);
    assert.ok(!cookie?.includes('Secure'));
    const secure = await handler(new Request('https://forms.test/permit/lives-here'));
    assert.ok(
      secure.headers
        .getSetCookie()
        .find((c) => c.startsWith('cydran-journey-'))
        ?.includes('Secure'),
    );
  });

  it('shows errors in a summary and inline, the title starting "Error:", with what was typed kept', async () => {
    const { client } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    await client.answer('/permit/full-name', { 'full-name': 'Siân' });
    await client.answer('/permit/vehicle', { vehicle: 'car' });
    const post = await client.answer('/permit/start-date', { 'start-date-day': '31', 'start-date-month': '2', 'start-date-year': String(NEXT_YEAR) });
    assert.equal(post.status, 303);
    assert.equal(post.location, '/permit/start-date');
    const page = await client.request('/permit/start-date');
    assert.match(title(page), /^Error: When should the permit start\?/);
    const summary = find(page, (e) => e.tag === 'cyd-error-summary')[0];
    assert.ok(summary, 'an error summary');
    const link = find(page, (e) => e.tag === 'a' && (attr(e, 'href') ?? '').startsWith('#start-date'))[0];
    assert.ok(link, 'the summary links to the date');
    assert.ok(textOf(link).trim().length > 0);
    assert.equal(inputValue(page, 'start-date-day'), '31');
    assert.equal(inputValue(page, 'start-date-month'), '2');
    assert.equal(inputValue(page, 'start-date-year'), String(NEXT_YEAR));
    // The same page in Welsh: the errors again, in Welsh, and the typed values still there.
    const welsh = await client.request('/permit/start-date?lang=cy');
    assert.match(title(welsh), /^Gwall: Pryd ddylai’r drwydded ddechrau\?/);
    assert.equal(inputValue(welsh, 'start-date-day'), '31');
    assert.equal(attr(byTag(welsh, 'html')[0]!, 'lang'), 'cy');
  });

  it('escapes what people type and what authors write', async () => {
    const { client } = setup();
    await answerAll(client);
    const check = await client.request('/permit/check-answers');
    assert.ok(!find(check, (e) => e.tag === 'b').length, 'no <b> element made from an answer');
    assert.ok(textOf(check.document).includes('Siân <b>Jones</b>'));
  });

  it('refuses a POST without the journey’s CSRF token with 403 and a bilingual page', async () => {
    const { client } = setup();
    await client.request('/permit/lives-here');
    const none = await client.request('/permit/lives-here', { form: { 'lives-here': 'yes' } });
    assert.equal(none.status, 403);
    const wrong = await client.request('/permit/lives-here?lang=cy', { form: { 'lives-here': 'yes', 'csrf-token': 'x'.repeat(43) } });
    assert.equal(wrong.status, 403);
    assert.equal(attr(byTag(wrong, 'html')[0]!, 'lang'), 'cy');
    assert.match(title(wrong), /Mae’n ddrwg gennym/);
    // Another journey's token does not do either.
    const other = new Client(client.handler);
    const otherPage = await other.request('/permit/lives-here');
    const stolen = await client.request('/permit/lives-here', { form: { 'lives-here': 'yes', 'csrf-token': inputValue(otherPage, 'csrf-token')! } });
    assert.equal(stolen.status, 403);
  });

  it('refuses a body over the limit with 413, whatever Content-Length says', async () => {
    const { client } = setup({ maxBodyBytes: 1000 });
    const page = await client.request('/permit/full-name');
    const token = inputValue(page, 'csrf-token')!;
    const big = await client.request('/permit/full-name', { form: { 'csrf-token': token, 'full-name': 'x'.repeat(2000) } });
    assert.equal(big.status, 413);
    // A streamed body with no Content-Length is counted as it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(`full-name=${'y'.repeat(400)}&`));
        controller.close();
      },
    });
    const cookie = [...client.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const streamed = await client.handler(
      new Request(`${ORIGIN}/permit/full-name`, {
        method: 'POST',
        body: stream,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        duplex: 'half',
      } as RequestInit),
    );
    assert.equal(streamed.status, 413);
  });

  it('answers other methods with 405 and an Allow header, and unknown pages with 404', async () => {
    const { client } = setup();
    const put = await client.request('/permit/lives-here', { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, POST');
    assert.equal((await client.request('/permit/confirmation', { method: 'POST' })).status, 405);
    assert.equal((await client.request('/permit/nope')).status, 404);
    assert.equal((await client.request('/elsewhere')).status, 404);
  });

  it('takes no return address from the request: only ?return=check-answers, to the form’s own page', async () => {
    const { client } = setup();
    await answerAll(client);
    const evil = await client.answer('/permit/full-name?return=https://evil.example/', { 'full-name': 'Siân' });
    assert.equal(evil.location, '/permit/vehicle');
    const slashes = await client.answer('/permit/full-name?return=//evil.example', { 'full-name': 'Siân' });
    assert.equal(slashes.location, '/permit/vehicle');
    const back = await client.answer('/permit/full-name?return=check-answers', { 'full-name': 'Siân' });
    assert.equal(back.location, '/permit/check-answers');
  });

  it('switches language on any page keeping the answers, and remembers the choice in a cookie', async () => {
    const { client } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    await client.answer('/permit/full-name', { 'full-name': 'Siân' });
    const welsh = await client.request('/permit/full-name?lang=cy');
    assert.equal(attr(byTag(welsh, 'html')[0]!, 'lang'), 'cy');
    assert.equal(inputValue(welsh, 'full-name'), 'Siân');
    assert.equal(client.cookies.get('cydran-locale'), 'cy');
    const toggle = find(welsh, (e) => e.tag === 'a' && attr(e, 'hreflang') === 'en')[0];
    assert.ok(toggle, 'a link to the English page');
    assert.equal(attr(toggle, 'href'), '/permit/full-name?lang=en');
    // The next page, with no ?lang, is Welsh too.
    const next = await client.request('/permit/vehicle');
    assert.equal(attr(byTag(next, 'html')[0]!, 'lang'), 'cy');
    assert.match(title(next), /^Pa fath o gerbyd ydyw\?/);
  });

  it('has a back link to the previous visible page', async () => {
    const { client } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    await client.answer('/permit/full-name', { 'full-name': 'Siân' });
    await client.answer('/permit/vehicle', { vehicle: 'car' });
    const page = await client.request('/permit/start-date');
    const back = find(page, (e) => e.tag === 'a' && (attr(e, 'class') ?? '').includes('cyd-back-link'))[0];
    assert.equal(attr(back!, 'href'), '/permit/vehicle', 'skips the van page, which does not show for a car');
  });

  it('sends people who cannot apply to the exit page, and nowhere past it', async () => {
    const { client } = setup();
    const reply = await client.answer('/permit/lives-here', { 'lives-here': 'no' });
    assert.equal(reply.location, '/permit/cannot-apply');
    const exit = await client.request('/permit/cannot-apply');
    assert.equal(exit.status, 200);
    assert.match(title(exit), /^You cannot apply/);
    assert.equal(byTag(exit, 'form').length, 0, 'an exit page has no form');
    assert.notEqual((await client.request('/permit/check-answers')).status, 200);
  });

  it('does not let a page be skipped: a later page sends the person back to the first unanswered one', async () => {
    const { client } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    const skip = await client.request('/permit/start-date');
    assert.equal(skip.status, 303);
    assert.equal(skip.location, '/permit/full-name');
  });

  it('changes an answer from check answers and returns there, then stores exactly one submission', async () => {
    const { client, store } = setup();
    await answerAll(client);
    const check = await client.request('/permit/check-answers');
    assert.equal(check.status, 200);
    const change = find(check, (e) => e.tag === 'a' && attr(e, 'href') === '/permit/vehicle?return=check-answers')[0];
    assert.ok(change, 'a change link for the vehicle');
    // Changing to a van branches to a new page before coming back.
    const van = await client.answer('/permit/vehicle?return=check-answers', { vehicle: 'van' });
    assert.equal(van.location, '/permit/van-weight');
    const weight = await client.answer('/permit/van-weight', { 'van-weight': '2000' });
    assert.equal(weight.location, '/permit/start-date');
    const token = inputValue(await client.request('/permit/check-answers'), 'csrf-token')!;
    const [first, second] = await Promise.all([
      client.request('/permit/check-answers', { form: { 'csrf-token': token } }),
      client.request('/permit/check-answers', { form: { 'csrf-token': token } }),
    ]);
    assert.equal(first.location, '/permit/confirmation');
    assert.equal(second.location, '/permit/confirmation');
    const again = await client.request('/permit/check-answers', { form: { 'csrf-token': token } });
    assert.equal(again.location, '/permit/confirmation');
    const stored = await store.submissions('parking-permit');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.answers.vehicle, 'van');
    assert.equal(stored[0]!.answers['van-weight'], 2000);
    assert.equal(stored[0]!.answers['full-name'], 'Siân <b>Jones</b>');
    const confirmation = await client.request('/permit/confirmation');
    assert.match(title(confirmation), /^Application sent/);
    assert.ok(textOf(confirmation.document).includes(stored[0]!.reference));
  });

  it('saves and returns: a link in the person’s language that restores the journey', async () => {
    const { client, handler } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    const save = await client.answer('/permit/full-name?lang=cy', { 'full-name': 'Siân', 'form-action': 'save' });
    assert.equal(save.location, '/permit/save');
    const missing = await client.answer('/permit/save', { email: '' });
    assert.equal(missing.status, 400);
    assert.match(title(missing), /^Gwall:/);
    const saved = await client.answer('/permit/save', { email: 'sian@example.com' });
    assert.equal(saved.location, '/permit/saved');
    const sent = (await store.outbox()).filter((m) => m.to === 'sian@example.com');
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.locale, 'cy');
    const link = sent[0]!.body.split('\n').find((line: string) => line.startsWith(ORIGIN))!;
    assert.ok(link.includes('/permit/resume/') && link.endsWith('lang=cy'), link);
    // A new browser (no cookies) resumes from the link, in English if it asks.
    const later = new Client(handler);
    const url = new URL(link);
    url.searchParams.set('lang', 'en');
    const resumed = await later.request(`${url.pathname}${url.search}`);
    assert.equal(resumed.status, 303);
    assert.equal(resumed.location, '/permit/vehicle?lang=en');
    const page = await later.request('/permit/full-name');
    assert.equal(inputValue(page, 'full-name'), 'Siân');
    const outbox = await client.request('/permit/outbox');
    assert.ok(textOf(outbox.document).includes('sian@example.com'));
    const expired = await later.request('/permit/resume/not-a-token');
    assert.equal(expired.status, 410);
    assert.match(title(expired), /^This link has expired/);
  });

  it('resumes into a changed form keeping the answers that still fit, asking again for the rest, and says the form changed', async () => {
    const { client } = setup();
    await client.answer('/permit/lives-here', { 'lives-here': 'yes' });
    await client.answer('/permit/full-name', { 'full-name': 'Gareth' });
    await client.answer('/permit/vehicle', { vehicle: 'car', 'form-action': 'save' });
    await client.answer('/permit/save', { email: 'gareth@example.com' });
    const link = (await store.outbox())
      .find((m) => m.to === 'gareth@example.com')!
      .body.split('\n')
      .find((line: string) => line.startsWith(ORIGIN))!;
    // Version 2 offers vans only: the saved 'car' no longer fits.
    const vehicle = parkingForm.pages.find((page) => page.id === 'vehicle')!;
    const v2 = {
      ...parkingForm,
      version: 2,
      pages: parkingForm.pages.map((page) =>
        page.id === 'vehicle' ? { ...vehicle, questions: [{ ...vehicle.questions[0]!, options: [{ value: 'van', label: { en: 'Van', cy: 'Fan' } }] }] } : page,
      ),
    };
    const later = new Client(createFormHandler({ form: v2, store, basePath: '/permit', csrfSecret: SECRET, notifier: developmentNotifier(store) }));
    const url = new URL(link);
    const resumed = await later.request(`${url.pathname}${url.search}`);
    assert.equal(resumed.location, '/permit/vehicle?lang=en&changed=1');
    const page = await later.request(resumed.location!);
    assert.ok(textOf(page.document).includes('This form has changed'), 'the person is told');
    assert.equal(inputValue(await later.request('/permit/full-name'), 'full-name'), 'Gareth', 'an answer that fits is kept');
  });
});

describe('createFormHandler: page options per request', () => {
  it('takes the page template options from a function of the request, so the header can name the signed-in person', async () => {
    const seen: string[] = [];
    const handler = createFormHandler({
      form: parkingForm,
      store,
      basePath: '/permit',
      csrfSecret: SECRET,
      notifier: developmentNotifier(store),
      page: (request) => {
        seen.push(new URL(request.url).pathname);
        const person = request.headers.get('x-test-person') ?? 'nobody';
        return { bodyStart: `<p id="signed-in-as">${person === 'sian' ? 'Siân' : 'nobody'}</p>` };
      },
    });
    const reply = await handler(new Request(`${ORIGIN}/permit/lives-here`, { headers: { 'x-test-person': 'sian' } }));
    assert.equal(reply.status, 200);
    // A page of a person's answers: never cached, framed or sniffed, its address never sent on.
    assert.equal(reply.headers.get('cache-control'), 'no-store');
    assert.equal(reply.headers.get('referrer-policy'), 'same-origin');
    assert.equal(reply.headers.get('x-frame-options'), 'DENY');
    assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
    const page = await reply.text();
    assert.ok(page.includes('<p id="signed-in-as">Siân</p>'), 'the function’s bodyStart is on the page');
    assert.deepEqual(seen, ['/permit/lives-here']);
  });
});
