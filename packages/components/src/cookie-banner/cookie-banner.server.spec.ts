import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';
import { type CookieConsent, bannerConsent, consentCookie, consentFromForm, readCookieConsent } from './cookie-consent.js';

const service = { 'service-name': 'Parking permits', 'service-name-cy': 'Trwyddedau parcio', 'cookies-href': '/cookies', 'cookies-href-cy': '/cy/cwcis' };

describe('cyd-cookie-banner on the server', () => {
  it('asks in each language, with only the link to the cookies page when it has no action', () => {
    const english = parseHTML(renderElement('cyd-cookie-banner', service));
    const region = oneByClass(english, 'cyd-cookie-banner');
    expect(attrs(region)).to.deep.equal({
      class: 'cyd-cookie-banner',
      role: 'region',
      'aria-label': 'Cookies on Parking permits',
      'data-nosnippet': '',
      'data-cyd-root': '',
    });
    expect(textOf(oneByTag(english, 'h2'))).to.equal('Cookies on Parking permits');
    expect(byTag(english, 'button'), 'no buttons that need JavaScript').to.deep.equal([]);
    expect(byTag(english, 'form')).to.deep.equal([]);
    const link = oneByClass(english, 'cyd-cookie-banner__link');
    expect([attrs(link).href, textOf(link)]).to.deep.equal(['/cookies', 'View cookies']);

    const welsh = parseHTML(
      expandHTML(
        `<html lang="cy"><body><cyd-cookie-banner service-name="Parking permits" service-name-cy="Trwyddedau parcio" cookies-href-cy="/cy/cwcis"></cyd-cookie-banner></body></html>`,
      ),
    );
    expect(textOf(oneByTag(welsh, 'h2'))).to.equal('Cwcis ar y gwasanaeth Trwyddedau parcio');
    const welshLink = oneByClass(welsh, 'cyd-cookie-banner__link');
    expect([attrs(welshLink).href, textOf(welshLink)]).to.deep.equal(['/cy/cwcis', 'Gweld cwcis']);
    expect(byTag(welsh, 'p').map(textOf)).to.deep.equal([
      'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
      'Hoffem hefyd ddefnyddio cwcis dadansoddi fel y gallwn ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
    ]);
  });

  it('with action, posts cookies=accept or cookies=reject in a real form', () => {
    const root = parseHTML(renderElement('cyd-cookie-banner', { ...service, action: '/cookies/choice' }, { locale: 'cy' }));
    const form = oneByTag(root, 'form');
    expect([attrs(form).method, attrs(form).action]).to.deep.equal(['post', '/cookies/choice']);
    expect(byTag(form, 'button').map((b) => [attrs(b).type, attrs(b).name, attrs(b).value, textOf(b)])).to.deep.equal([
      ['submit', 'cookies', 'accept', 'Derbyn cwcis dadansoddi'],
      ['submit', 'cookies', 'reject', 'Gwrthod cwcis dadansoddi'],
    ]);
  });

  it('renders no visible banner for a request whose cookie holds a choice', () => {
    const consent = bannerConsent(readCookieConsent(new Request('https://example.gov.wales/', { headers: { cookie: 'cydran-cookie-consent=analytics=no' } })));
    const root = parseHTML(renderElement('cyd-cookie-banner', { ...service, consent }));
    expect(attrs(oneByClass(root, 'cyd-cookie-banner'))).to.include({ hidden: '' });
  });

  it('with script-only, renders the banner hidden (the browser shows it)', () => {
    const root = parseHTML(renderElement('cyd-cookie-banner', { ...service, 'script-only': true }));
    expect(attrs(oneByClass(root, 'cyd-cookie-banner'))).to.include({ hidden: '' });
    const problems: string[] = [];
    renderElement('cyd-cookie-banner', { ...service, 'script-only': true, action: '/c' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('both script-only and action'))).to.equal(true);
  });

  it('renders the confirmation after a post, with Hide as a link that reloads the page', () => {
    const root = parseHTML(renderElement('cyd-cookie-banner', { ...service, consent: 'accepted', confirmation: true }, { locale: 'cy' }));
    const confirmation = oneByClass(root, 'cyd-cookie-banner__confirmation');
    expect(attrs(confirmation)).to.include({ role: 'alert', tabindex: '-1' });
    expect(textOf(oneByTag(confirmation, 'p'))).to.equal('Rydych wedi derbyn cwcis dadansoddi. Gallwch newid eich gosodiadau cwcis unrhyw bryd.');
    const hide = oneByTag(confirmation, 'a', { 'data-cyd-hide': '' });
    expect([attrs(hide).href, textOf(hide)]).to.deep.equal(['', 'Cuddio’r neges ynghylch cwcis']);
  });

  it('keeps the author’s body in place of its own paragraphs', () => {
    const root = parseHTML(renderElement('cyd-cookie-banner', service, { content: '<p>We use Matomo.</p>' }));
    expect(byTag(oneByClass(root, 'cyd-cookie-banner__content'), 'p').map(textOf)).to.deep.equal(['We use Matomo.']);
  });

  it('reports a missing service name, a confirmation with no consent and an unknown consent', () => {
    const problems: string[] = [];
    renderElement('cyd-cookie-banner', { confirmation: true, consent: 'yes' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no service-name') && p.includes('service-name-cy'))).to.equal(true);
    expect(problems.some((p) => p.includes('consent') && p.includes('yes'))).to.equal(true);
    const more: string[] = [];
    renderElement('cyd-cookie-banner', { ...service, confirmation: true }, { onProblem: (p) => more.push(p) });
    expect(more.some((p) => p.includes('<cyd-cookie-banner confirmation> has no consent'))).to.equal(true);
  });

  it('a Fetch handler: the no-JavaScript post sets the cookie, the page confirms once, then renders no banner', async () => {
    const banner = (consent: CookieConsent | undefined, confirmation = false) =>
      renderElement('cyd-cookie-banner', { ...service, action: '/cookies/choice', consent: bannerConsent(consent), confirmation });
    async function handle(request: Request): Promise<Response> {
      if (request.method === 'POST') {
        const choice = consentFromForm(await request.formData());
        if (!choice) return new Response('Bad request', { status: 400 });
        const headers = new Headers({ 'content-type': 'text/html', 'set-cookie': consentCookie(choice) });
        // The page the person was on, with the confirmation of what they chose.
        return new Response(banner(choice, true), { headers });
      }
      return new Response(banner(readCookieConsent(request)), { headers: { 'content-type': 'text/html' } });
    }
    const first = parseHTML(await (await handle(new Request('https://example.gov.wales/'))).text());
    expect(byTag(first, 'form').length, 'the question, as a form').to.equal(1);
    const posted = await handle(new Request('https://example.gov.wales/cookies/choice', { method: 'POST', body: new URLSearchParams({ cookies: 'accept' }) }));
    const setCookie = posted.headers.get('set-cookie')!;
    expect(setCookie).to.equal('cydran-cookie-consent=analytics=yes; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(textOf(oneByClass(parseHTML(await posted.text()), 'cyd-cookie-banner__confirmation'))).to.include('You’ve accepted analytics cookies.');
    const later = parseHTML(await (await handle(new Request('https://example.gov.wales/next', { headers: { cookie: setCookie.split(';')[0]! } }))).text());
    expect(attrs(oneByClass(later, 'cyd-cookie-banner'))).to.include({ hidden: '' });
  });
});
