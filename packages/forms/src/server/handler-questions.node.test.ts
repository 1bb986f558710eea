// The runner's repeating pages ("add another": add, change, remove, the
// minimum and maximum), file uploads (type read from the bytes, kept when
// another question on the page is wrong) and likert questions (one group
// per statement), through the Fetch API handler and a real PGlite store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SqlFormStore, openStore } from '../storage/index.js';
import { createFormHandler } from './handler.js';
import { Client, attr, byTag, checkedValue, find, inputValue, textOf, title } from './client.fixture.js';
import { householdForm } from './household-form.fixture.js';

let store: SqlFormStore;
before(async () => {
  store = await openStore({ databaseUrl: '', dataDir: 'memory://' });
});
after(() => store.close());

const client = () => new Client(createFormHandler({ form: householdForm, store, csrfSecret: 'a test secret that is long enough' }));
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);

function upload(bytes: Uint8Array, name: string, type: string): FormData {
  const data = new FormData();
  data.set('evidence', new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

async function addPeople(c: Client, names: string[]): Promise<void> {
  for (const [index, name] of names.entries()) {
    const added = await c.answer(`/people/${index + 1}`, { 'person-name': name, 'person-student': index === 0 ? 'yes' : 'no' });
    assert.equal(added.location, '/people', `person ${index + 1} goes back to the list`);
    if (index < names.length - 1) assert.equal((await c.answer('/people', { 'add-another': 'yes' })).location, `/people/${index + 2}`);
  }
}

describe('createFormHandler: repeating pages', () => {
  it('starts with the first item, lists what was added, and asks whether to add another', async () => {
    const c = client();
    assert.equal((await c.request('/people')).location, '/people/1', 'no items yet: straight to the first');
    await addPeople(c, ['Siân Owen', 'Gareth Lloyd']);
    const list = await c.request('/people');
    assert.equal(list.status, 200);
    assert.equal(title(list).startsWith('Check the person details you have added'), true, title(list));
    const cards =
      byTag(list, 'cyd-summary-card').length > 0
        ? byTag(list, 'cyd-summary-card')
        : find(list, (e) => (attr(e, 'class') ?? '').split(' ').includes('cyd-summary-card'));
    assert.equal(cards.length, 2, 'one card per person');
    assert.ok(textOf(list.document).includes('Siân Owen') && textOf(list.document).includes('Gareth Lloyd'));
    const links = find(list, (e) => e.tag === 'a').map((a) => attr(a, 'href'));
    assert.ok(links.includes('/people/2') && links.includes('/people/2/remove'), links.join(' '));
    const journey = await store.getJourney(c.cookies.get('cydran-journey-council-tax-discount')!);
    assert.deepEqual(journey?.answers.people, [
      { 'person-name': 'Siân Owen', 'person-student': true },
      { 'person-name': 'Gareth Lloyd', 'person-student': false },
    ]);
  });

  it('asks for an answer to "add another", in Welsh too, and goes on when the answer is no', async () => {
    const c = client();
    await addPeople(c, ['Siân Owen']);
    assert.equal((await c.answer('/people', {})).location, '/people');
    const welsh = await c.request('/people?lang=cy');
    assert.match(title(welsh), /^Gwall: /);
    assert.ok(textOf(welsh.document).includes('Dewiswch ‘Ydw’ os ydych eisiau ychwanegu person arall'));
    assert.equal((await c.answer('/people', { 'add-another': 'no' })).location, '/evidence');
  });

  it('stops offering another item at the maximum, and an item past it sends the person back to the list', async () => {
    const c = client();
    await addPeople(c, ['Un', 'Dau', 'Tri']);
    const list = await c.request('/people');
    assert.equal(find(list, (e) => e.tag === 'input' && attr(e, 'name') === 'add-another').length, 0, 'no add-another question at the maximum');
    assert.ok(textOf(list.document).includes('You cannot add more than 3'));
    assert.equal((await c.request('/people/4')).location, '/people');
    assert.equal((await c.request('/people/9')).location, '/people');
    assert.equal((await c.answer('/people', {})).location, '/evidence');
  });

  it('changes an item in place, showing its stored answers', async () => {
    const c = client();
    await addPeople(c, ['Siân Owen', 'Gareth Lloyd']);
    const page = await c.request('/people/1');
    assert.equal(inputValue(page, 'person-name'), 'Siân Owen');
    assert.equal(checkedValue(page, 'person-student'), 'yes');
    assert.ok(textOf(page.document).includes('Person 1'), 'the item is named in a caption');
    await c.answer('/people/1', { 'person-name': 'Siân Owen-Jones', 'person-student': 'no' });
    const journey = await store.getJourney(c.cookies.get('cydran-journey-council-tax-discount')!);
    assert.deepEqual(journey?.answers.people, [
      { 'person-name': 'Siân Owen-Jones', 'person-student': false },
      { 'person-name': 'Gareth Lloyd', 'person-student': false },
    ]);
  });

  it('removes an item only when the person says yes, and never below nothing', async () => {
    const c = client();
    await addPeople(c, ['Siân Owen', 'Gareth Lloyd']);
    const ask = await c.request('/people/1/remove?lang=cy');
    assert.match(title(ask), /^Ydych chi’n siŵr eich bod eisiau dileu person 1\?/);
    const unanswered = await c.answer('/people/1/remove', {});
    assert.equal(unanswered.status, 400);
    assert.match(title(unanswered), /^Gwall: /);
    assert.equal((await c.answer('/people/1/remove', { remove: 'no' })).location, '/people');
    assert.equal((await c.answer('/people/1/remove', { remove: 'yes' })).location, '/people');
    const journey = await store.getJourney(c.cookies.get('cydran-journey-council-tax-discount')!);
    assert.deepEqual(journey?.answers.people, [{ 'person-name': 'Gareth Lloyd', 'person-student': false }]);
    await c.answer('/people/1/remove', { remove: 'yes' });
    assert.equal((await c.request('/people')).location, '/people/1', 'with none left, the list asks for the first again');
    assert.equal((await c.request('/evidence')).location, '/people', 'and nothing after it can be reached');
  });

  it('links each item’s answers from check answers to that item, and comes back', async () => {
    const c = client();
    await addPeople(c, ['Siân Owen', 'Gareth Lloyd']);
    await c.answer('/people', { 'add-another': 'no' });
    await c.answer('/evidence', upload(PDF, 'llythyr.pdf', 'application/pdf'));
    await c.answer('/views', { 'views.clear': 'agree', 'views.quick': 'strongly-agree' });
    const check = await c.request('/check-answers');
    assert.equal(check.status, 200);
    const changes = find(check, (e) => e.tag === 'a').map((a) => attr(a, 'href'));
    assert.ok(changes.includes('/people/2?return=check-answers'), changes.join(' '));
    assert.equal(
      (await c.answer('/people/2?return=check-answers', { 'person-name': 'Gareth Lloyd', 'person-student': 'yes' })).location,
      '/people?return=check-answers',
    );
    assert.equal((await c.answer('/people?return=check-answers', { 'add-another': 'no' })).location, '/check-answers');
  });
});

describe('createFormHandler: files and likert', () => {
  async function toEvidence(c: Client): Promise<void> {
    await addPeople(c, ['Siân Owen']);
    await c.answer('/people', { 'add-another': 'no' });
  }

  it('stores an upload whose bytes are an accepted type, with its name, size and hash', async () => {
    const c = client();
    await toEvidence(c);
    assert.equal((await c.answer('/evidence', upload(PDF, 'llythyr.pdf', 'application/pdf'))).location, '/views');
    const journey = await store.getJourney(c.cookies.get('cydran-journey-council-tax-discount')!);
    const file = journey?.answers.evidence;
    assert.ok(file && typeof file === 'object');
    const { name, type, size, storageKey } = { ...file } as Record<string, unknown>;
    assert.deepEqual([name, type, size], ['llythyr.pdf', 'application/pdf', PDF.byteLength]);
    assert.deepEqual(await store.readFile(String(storageKey)), PDF);
    // Back on the page with no new file: the stored one stands.
    assert.equal((await c.answer('/evidence', new FormData())).location, '/views');
  });

  it('refuses a file whose bytes are not an accepted type, whatever its name and declared type say, in the page’s language', async () => {
    const c = client();
    await toEvidence(c);
    const fake = new TextEncoder().encode('<script>alert(1)</script>');
    assert.equal((await c.answer('/evidence?lang=cy', upload(fake, 'llythyr.pdf', 'application/pdf'))).location, '/evidence');
    const page = await c.request('/evidence');
    assert.match(title(page), /^Gwall: /);
    assert.ok(textOf(page.document).includes('Rhaid i’r ffeil a ddewiswyd fod yn ffeil PDF neu JPEG'), textOf(page.document));
    const english = await c.request('/evidence?lang=en');
    assert.ok(textOf(english.document).includes('The selected file must be a PDF or JPEG'));
  });

  it('refuses an empty file and one over the size limit, and asks for a file when none is chosen', async () => {
    const c = client();
    await toEvidence(c);
    await c.answer('/evidence', upload(new Uint8Array(), 'empty.pdf', 'application/pdf'));
    assert.ok(textOf((await c.request('/evidence')).document).includes('The selected file is empty'));
    const big = new Uint8Array(2048);
    big.set(PDF);
    await c.answer('/evidence', upload(big, 'big.pdf', 'application/pdf'));
    assert.ok(textOf((await c.request('/evidence')).document).includes('The selected file must be smaller than 1KB'));
    await c.answer('/evidence', new FormData());
    assert.ok(textOf((await c.request('/evidence')).document).includes('Select a file'));
  });

  it('asks each likert statement as its own group and names the unanswered one', async () => {
    const c = client();
    await toEvidence(c);
    await c.answer('/evidence', upload(PDF, 'llythyr.pdf', 'application/pdf'));
    await c.answer('/views', { 'views.clear': 'agree' });
    const page = await c.request('/views');
    assert.equal(byTag(page, 'fieldset').length >= 2, true, 'a fieldset per statement');
    assert.equal(checkedValue(page, 'views.clear'), 'agree', 'the answered statement is kept');
    assert.ok(textOf(page.document).includes('Select an answer for ‘The form was quick’'));
  });
});
