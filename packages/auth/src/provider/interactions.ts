/**
 * The provider's interaction pages: sign in (email, then password, then a
 * security code), create an account (email, the emailed code, a password,
 * how to get codes, their set-up), reset a password, and consent for
 * clients that are not the body's own.
 *
 * Every step is a form POST answered by 303 to a GET, so it all works with
 * JavaScript off; every POST carries a CSRF token tied to the interaction;
 * where the journey has got to is kept in provider_journeys, so a page
 * cannot be skipped by typing its address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@cydran/i18n';
import type { Database } from '@cydran/forms/storage';
import { Csrf, toRequest, writeResponse } from '@cydran/forms/server';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import { generateSecret, generateURI, verify } from 'otplib';
import type { ProviderNotifier } from '../notify/types.js';
import { type Account, type Accounts, type CodeMethod, normaliseEmail } from './accounts.js';
import type { Codes, Guard, Limits } from './guard.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';
import type { Sealer } from './sealing.js';
import { CSRF_FIELD } from './pages.js';
import { type PageRenderer, type StepError, type StepName, STEPS, type StepView } from './steps.js';
import type { FieldName } from '../patterns/index.js';
import { AUTH_ERROR_REASONS, FIELDS } from '../patterns/index.js';

/** Where one sign-in has got to. Never holds a password; a new password only as its hash. */
export interface JourneyState {
  step: StepName;
  /** The language chosen with the language link, which wins over ui_locales. */
  locale?: Locale;
  email?: string;
  /** Known once the password (or, to reset it, the emailed code) is right. */
  accountId?: string;
  emailVerified?: boolean;
  newPasswordHash?: string;
  method?: CodeMethod;
  phone?: string;
  sealedTotpSecret?: string;
  /** Errors and typed values for the next GET only. */
  errors?: StepError[];
  values?: Partial<Record<FieldName, string>>;
}

export interface InteractionContext {
  provider: Provider;
  db: Database;
  accounts: Accounts;
  codes: Codes;
  guard: Guard;
  sealer: Sealer;
  notifier: ProviderNotifier;
  csrf: Csrf;
  limits: Limits;
  now: () => Date;
  render: PageRenderer;
  /** The name shown in the authenticator app. */
  appName: string;
  /** The person's address for per-address limits. */
  addressOf: (incoming: IncomingMessage) => string;
  /** A client's name on the consent page, in the page's language. */
  clientName: (clientId: string, locale: Locale) => string;
}

/** The steps a GET may start at whatever the journey's state: each begins a flow again. */
const ENTRY_STEPS: readonly StepName[] = ['email', 'create-email', 'reset-email'];
const CODE_STEPS: readonly StepName[] = ['create-code', 'reset-code', 'code', 'create-sms-code'];
const JOURNEY_HOURS = 1;

const isStep = (value: string): value is StepName => STEPS.some((step) => step === value);

function uiLocale(details: Interaction): Locale | undefined {
  const requested = details.params.ui_locales;
  if (typeof requested !== 'string') return undefined;
  for (const tag of requested.split(/\s+/)) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

const see = (location: string, headers: Record<string, string> = {}): Response =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });

const formField = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

function phoneEnding(phone: string | undefined): string {
  return (phone ?? '').slice(-4);
}

export function interactionHandler(context: InteractionContext): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void> {
  const { provider, db, accounts, codes, guard, sealer, notifier, csrf, limits, now, render } = context;

  async function loadState(uid: string): Promise<JourneyState | undefined> {
    const rows = await db.query('SELECT state FROM provider_journeys WHERE uid = $1 AND expires_at > $2::timestamptz', [uid, now().toISOString()]);
    return readState(rows[0]?.state);
  }

  async function saveState(uid: string, state: JourneyState): Promise<void> {
    const expires = new Date(now().getTime() + JOURNEY_HOURS * 3_600_000).toISOString();
    await db.query(
      'INSERT INTO provider_journeys (uid, state, expires_at) VALUES ($1, $2::text::jsonb, $3::timestamptz) ON CONFLICT (uid) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at',
      [uid, JSON.stringify(state), expires],
    );
  }

  const emailKey = (kind: 'password' | 'code' | 'sent', subject: string): string => `${kind}:${sealer.mac(normaliseEmail(subject))}`;

  async function localeFor(details: Interaction, state: JourneyState): Promise<Locale> {
    if (state.locale) return state.locale;
    const requested = uiLocale(details);
    if (requested) return requested;
    // Only once the person has proved who they are: a page's language must not say whether an email has an account.
    if (state.accountId) {
      const account = await accounts.byId(state.accountId);
      if (account) return account.locale;
    }
    return 'en';
  }

  /** limits.codesSent messages to one address or phone in the window; the next is refused (and the window starts again after the lock). */
  async function mayNotify(to: string): Promise<boolean> {
    if (await guard.lockedUntil(emailKey('sent', to))) return false;
    return (await guard.count(emailKey('sent', to), limits.codesSent + 1)) === undefined;
  }

  /** Sends a code, unless that address or phone has had limits.codesSent in the window: then the too-many page. */
  async function sendCode(
    locale: Locale,
    send: { channel: 'email' | 'sms'; to: string; template: 'email-code' | 'reset-code' | 'sms-code'; purpose: 'create' | 'reset' | 'sms'; subject: string },
  ): Promise<boolean> {
    if (!(await mayNotify(send.to))) return false;
    const code = await codes.issue(send.purpose, send.subject);
    await notifier.send({
      channel: send.channel,
      to: send.to,
      template: send.template,
      personalisation: { code, minutes: String(limits.codeMinutes) },
      locale,
    });
    return true;
  }

  /** The message-only email for an address whose answer must look like the others (no enumeration), counted like a code. */
  async function sendNotice(to: string, template: 'account-exists' | 'reset-no-account', locale: Locale): Promise<boolean> {
    if (!(await mayNotify(to))) return false;
    await notifier.send({ channel: 'email', to, template, personalisation: {}, locale });
    return true;
  }

  async function finishLogin(incoming: IncomingMessage, outgoing: ServerResponse, account: Account, uid: string): Promise<Response> {
    await db.query('DELETE FROM provider_journeys WHERE uid = $1', [uid]);
    const location = await provider.interactionResult(
      incoming,
      outgoing,
      { login: { accountId: account.id, amr: ['pwd', account.method === 'sms' ? 'sms' : 'otp'] } },
      { mergeWithLastSubmission: false },
    );
    return see(location);
  }

  async function checkTotp(sealed: string, code: string, lastStep: number | undefined): Promise<number | undefined> {
    const result = await verify({
      secret: sealer.open(sealed),
      token: code,
      epoch: Math.floor(now().getTime() / 1000),
      epochTolerance: 30,
      ...(lastStep === undefined ? {} : { afterTimeStep: lastStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  }

  /**
   * A wrong code counts against the email (6 lock it for 15 minutes: the
   * too-many page); the address's count goes up with every try.
   */
  async function wrongCode(state: JourneyState, reason: 'codeWrong' | 'appCodeWrong', locale: Locale): Promise<StepName> {
    const locked = await guard.count(emailKey('code', state.email ?? ''), limits.codes);
    if (locked) return 'too-many';
    state.errors = [{ field: FIELDS.code, reason, message: render.message(reason, locale) }];
    return state.step;
  }

  type PostResult = StepName | Response;

  async function post(
    step: StepName,
    form: FormData,
    state: JourneyState,
    locale: Locale,
    ctx: { incoming: IncomingMessage; outgoing: ServerResponse; details: Interaction; uid: string },
  ): Promise<PostResult> {
    const v = render.validate;
    const addressKey = `address:${sealer.mac(context.addressOf(ctx.incoming))}`;
    const guarded = async (): Promise<boolean> => {
      if (await guard.lockedUntil(addressKey)) return false;
      return (await guard.count(addressKey, limits.perAddress)) === undefined;
    };
    const invalid = (errors: readonly StepError[], values: Partial<Record<FieldName, string>> = {}): StepName => {
      state.errors = [...errors];
      state.values = values;
      return step;
    };

    /** A code page's POST up to checking the code: its shape, the address's limit, the email's lock. */
    const codeFor = async (email: string): Promise<{ code: string } | StepName> => {
      const checked = v.securityCode(form, locale);
      if (!checked.ok) return invalid(checked.errors, checked.values);
      if (!(await guarded())) return 'too-many';
      if (await guard.lockedUntil(emailKey('code', email))) return 'too-many';
      return checked.value;
    };

    switch (step) {
      case 'email':
      case 'create-email':
      case 'reset-email': {
        const checked = v.email(form, locale);
        if (!checked.ok) return invalid(checked.errors, checked.values);
        const email = normaliseEmail(checked.value.email);
        Object.assign(state, { email, accountId: undefined, emailVerified: undefined, newPasswordHash: undefined });
        if (step === 'email') return 'password';
        const account = await accounts.byEmail(email);
        let sent: boolean;
        if (step === 'create-email') {
          sent = account
            ? await sendNotice(email, 'account-exists', locale)
            : await sendCode(locale, { channel: 'email', to: email, template: 'email-code', purpose: 'create', subject: email });
        } else {
          sent = account
            ? await sendCode(locale, { channel: 'email', to: email, template: 'reset-code', purpose: 'reset', subject: email })
            : await sendNotice(email, 'reset-no-account', locale);
        }
        if (!sent) return 'too-many';
        return step === 'create-email' ? 'create-code' : 'reset-code';
      }

      case 'password': {
        const checked = v.signInPassword(form, locale);
        if (!checked.ok) return invalid(checked.errors);
        const email = state.email ?? '';
        if (!(await guarded())) return 'too-many';
        if (await guard.lockedUntil(emailKey('password', email))) return 'locked';
        const account = await accounts.byEmail(email);
        // The scrypt work either way, so an email with no account answers in the same time.
        const right = await verifyPassword(checked.value.password, account?.passwordHash ?? (await dummyHash()));
        if (!account || !right) {
          if (await guard.count(emailKey('password', email), limits.passwords)) return 'locked';
          return invalid([{ field: FIELDS.password, reason: 'credentialsWrong', message: render.message('credentialsWrong', locale) }]);
        }
        await guard.clear(emailKey('password', email));
        if (await guard.lockedUntil(emailKey('code', email))) return 'too-many';
        state.accountId = account.id;
        if (account.method === 'sms') {
          if (!(await sendCode(locale, { channel: 'sms', to: account.phone ?? '', template: 'sms-code', purpose: 'sms', subject: account.id })))
            return 'too-many';
        }
        return 'code';
      }

      case 'code': {
        const account = state.accountId ? await accounts.byId(state.accountId) : undefined;
        if (!account) return 'email';
        const checked = await codeFor(account.email);
        if (typeof checked === 'string') return checked;
        if (account.method === 'totp') {
          const stepUsed = account.sealedTotpSecret ? await checkTotp(account.sealedTotpSecret, checked.code, account.totpLastStep) : undefined;
          if (stepUsed === undefined || !(await accounts.useTotpStep(account.id, stepUsed))) return wrongCode(state, 'appCodeWrong', locale);
        } else {
          const result = await codes.check('sms', account.id, checked.code);
          if (result !== 'ok') return wrongCode(state, 'codeWrong', locale);
        }
        await guard.clear(emailKey('code', account.email));
        return finishLogin(ctx.incoming, ctx.outgoing, account, ctx.uid);
      }

      case 'create-code':
      case 'reset-code': {
        const email = state.email ?? '';
        const checked = await codeFor(email);
        if (typeof checked === 'string') return checked;
        const purpose = step === 'create-code' ? 'create' : 'reset';
        const result = await codes.check(purpose, email, checked.code);
        if (result !== 'ok') return wrongCode(state, 'codeWrong', locale);
        await guard.clear(emailKey('code', email));
        if (purpose === 'create') {
          state.emailVerified = true;
          return 'create-password';
        }
        const account = await accounts.byEmail(email);
        if (!account) return 'reset-email';
        state.accountId = account.id;
        return 'reset-password';
      }

      case 'create-password':
      case 'reset-password': {
        const checked = v.newPassword(form, locale, { email: state.email ?? '' });
        if (!checked.ok) return invalid(checked.errors);
        const hash = await hashPassword(checked.value.password);
        if (step === 'create-password') {
          state.newPasswordHash = hash;
          return 'create-method';
        }
        if (!state.accountId) return 'reset-email';
        await accounts.setPassword(state.accountId, hash);
        // A new password ends a lock from wrong ones: that is what the locked page offers.
        await guard.clear(emailKey('password', state.email ?? ''));
        return 'reset-done';
      }

      case 'create-method': {
        const checked = v.method(form, locale);
        if (!checked.ok) return invalid(checked.errors, checked.values);
        if (checked.value.method === 'sms') {
          state.method = 'sms';
          return 'create-phone';
        }
        state.method = 'totp';
        state.sealedTotpSecret = sealer.seal(generateSecret());
        return 'create-app';
      }

      case 'create-phone': {
        const checked = v.mobile(form, locale);
        if (!checked.ok) return invalid(checked.errors, checked.values);
        state.phone = checked.value.phone;
        if (
          !(await sendCode(locale, { channel: 'sms', to: checked.value.phone, template: 'sms-code', purpose: 'sms', subject: `set-up:${state.email ?? ''}` }))
        )
          return 'too-many';
        return 'create-sms-code';
      }

      case 'create-sms-code':
      case 'create-app': {
        const email = state.email ?? '';
        const checked = await codeFor(email);
        if (typeof checked === 'string') return checked;
        let totpLastStep: number | undefined;
        if (step === 'create-app') {
          totpLastStep = state.sealedTotpSecret ? await checkTotp(state.sealedTotpSecret, checked.code, undefined) : undefined;
          if (totpLastStep === undefined) return wrongCode(state, 'appCodeWrong', locale);
        } else {
          const result = await codes.check('sms', `set-up:${email}`, checked.code);
          if (result !== 'ok') return wrongCode(state, 'codeWrong', locale);
        }
        await guard.clear(emailKey('code', email));
        if (!state.emailVerified || !state.newPasswordHash || !state.method) return 'create-email';
        const account = await accounts.create({
          email,
          passwordHash: state.newPasswordHash,
          method: state.method,
          ...(state.method === 'sms' && state.phone ? { phone: state.phone } : {}),
          ...(state.method === 'totp' && state.sealedTotpSecret
            ? { sealedTotpSecret: state.sealedTotpSecret, ...(totpLastStep === undefined ? {} : { totpLastStep }) }
            : {}),
          locale,
        });
        // Someone finished creating an account for this email first: sign in instead.
        if (!account) return 'email';
        Object.assign(state, { accountId: account.id, newPasswordHash: undefined, sealedTotpSecret: undefined });
        return 'create-done';
      }

      case 'resend': {
        const back = formField(form, 'for');
        if (!isStep(back) || !CODE_STEPS.includes(back) || back !== state.step) return state.step;
        const email = state.email ?? '';
        let sent = true;
        if (back === 'create-code') {
          const account = await accounts.byEmail(email);
          sent = account
            ? await sendNotice(email, 'account-exists', locale)
            : await sendCode(locale, { channel: 'email', to: email, template: 'email-code', purpose: 'create', subject: email });
        } else if (back === 'reset-code') {
          const account = await accounts.byEmail(email);
          sent = account
            ? await sendCode(locale, { channel: 'email', to: email, template: 'reset-code', purpose: 'reset', subject: email })
            : await sendNotice(email, 'reset-no-account', locale);
        } else if (back === 'create-sms-code' && state.phone) {
          sent = await sendCode(locale, { channel: 'sms', to: state.phone, template: 'sms-code', purpose: 'sms', subject: `set-up:${email}` });
        } else if (back === 'code' && state.accountId) {
          const account = await accounts.byId(state.accountId);
          if (account?.method === 'sms')
            sent = await sendCode(locale, { channel: 'sms', to: account.phone ?? '', template: 'sms-code', purpose: 'sms', subject: account.id });
        }
        return sent ? back : 'too-many';
      }

      case 'consent': {
        const details = ctx.details;
        const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
        const accountId = details.session?.accountId;
        if (!accountId) return 'email';
        const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId });
        if (!grant) return 'email';
        grantMissing(grant, details);
        const grantId = await grant.save();
        await db.query('DELETE FROM provider_journeys WHERE uid = $1', [ctx.uid]);
        const location = await provider.interactionResult(ctx.incoming, ctx.outgoing, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return see(location);
      }

      default:
        return state.step;
    }
  }

  async function view(step: StepName, state: JourneyState, locale: Locale, details: Interaction, uid: string): Promise<StepView> {
    const account = state.accountId ? await accounts.byId(state.accountId) : undefined;
    const base = `/interaction/${uid}`;
    const result: StepView = {
      step,
      locale,
      action: `${base}/${step}`,
      csrfToken: csrf.token(uid),
      links: {
        signIn: `${base}/email`,
        createAccount: `${base}/create-email`,
        resetPassword: `${base}/reset-email`,
        resend: `${base}/resend?for=${step}`,
        finish: `${base}/finish`,
      },
      errors: state.errors ?? [],
      values: state.values ?? {},
      codeMinutes: limits.codeMinutes,
      lockMinutes: limits.lockMinutes,
      ...(state.email ? { email: state.email } : {}),
    };
    if (step === 'code' && account) {
      result.method = account.method;
      if (account.method === 'sms') result.phoneEnding = phoneEnding(account.phone);
    }
    if (step === 'create-sms-code') result.phoneEnding = phoneEnding(state.phone);
    if (step === 'create-app' && state.sealedTotpSecret) {
      const secret = sealer.open(state.sealedTotpSecret);
      result.totp = { secret, uri: generateURI({ issuer: context.appName, label: state.email ?? '', secret }) };
    }
    if (step === 'consent') {
      const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
      result.clientName = context.clientName(clientId, locale);
    }
    return result;
  }

  function allowed(step: StepName, state: JourneyState): boolean {
    if (step === state.step || ENTRY_STEPS.includes(step)) return true;
    // "Problems with the code?" from a code page.
    return step === 'resend' && CODE_STEPS.includes(state.step);
  }

  /** `known.locale` follows the page's language as soon as it is known, for the error page if something fails. */
  async function handle(incoming: IncomingMessage, outgoing: ServerResponse, known: { locale: Locale }): Promise<Response> {
    const request = toRequest(incoming);
    const url = new URL(request.url);
    const [, , uid = '', requested = ''] = url.pathname.split('/');
    let details: Interaction;
    try {
      details = await provider.interactionDetails(incoming, outgoing);
    } catch {
      return render.problem('expired', localeOf(url) ?? 'en', 400);
    }
    if (details.uid !== uid) return render.problem('expired', localeOf(url) ?? 'en', 400);

    const state: JourneyState = (await loadState(uid)) ?? { step: details.prompt.name === 'consent' ? 'consent' : 'email' };
    if (details.prompt.name === 'login' && state.step === 'consent') state.step = 'email';
    const chosen = localeOf(url);
    if (chosen) {
      state.locale = chosen;
      if (state.accountId) await accounts.setLocale(state.accountId, chosen);
    }

    if (requested === 'finish' && request.method === 'GET' && state.step === 'create-done') {
      // "Continue" on the account-created panel is a link: the account is the one this browser has just made.
      const account = state.accountId ? await accounts.byId(state.accountId) : undefined;
      if (account) return finishLogin(incoming, outgoing, account, uid);
    }
    if (requested === '' || !isStep(requested)) return saveThen(uid, state, see(`/interaction/${uid}/${state.step}`));
    const step: StepName = requested;

    if (request.method === 'POST') {
      const form = await request.formData();
      const locale = await localeFor(details, state);
      known.locale = locale;
      if (!csrf.check(uid, form.get(CSRF_FIELD))) return render.problem('problem', locale, 403);
      if (!allowed(step, state)) return saveThen(uid, state, see(`/interaction/${uid}/${state.step}`));
      state.errors = undefined;
      state.values = undefined;
      const next = await post(step, form, state, locale, { incoming, outgoing, details, uid });
      if (next instanceof Response) return next;
      state.step = next;
      await saveState(uid, state);
      return see(`/interaction/${uid}/${next}`);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, POST' } });
    if (!allowed(step, state)) return saveThen(uid, state, see(`/interaction/${uid}/${state.step}`));
    if (ENTRY_STEPS.includes(step) && state.step !== step) {
      // A new start: what was typed for another flow is not carried over, the language choice is.
      const fresh: JourneyState = {
        step,
        ...(state.locale ? { locale: state.locale } : {}),
        ...(state.email ? { values: { [FIELDS.email]: state.email } } : {}),
      };
      Object.keys(state).forEach((key) => Reflect.deleteProperty(state, key));
      Object.assign(state, fresh);
    }
    const locale = await localeFor(details, state);
    known.locale = locale;
    const stepView = await view(step, state, locale, details, uid);
    if (step === 'resend') {
      const back = url.searchParams.get('for') ?? '';
      stepView.resendFor = isStep(back) && CODE_STEPS.includes(back) ? back : state.step;
    }
    // What was typed and the errors show once.
    state.errors = undefined;
    state.values = undefined;
    if (step !== 'resend') state.step = step;
    await saveState(uid, state);
    return render.step(stepView, url);
  }

  async function saveThen(uid: string, state: JourneyState, response: Response): Promise<Response> {
    await saveState(uid, state);
    return response;
  }

  return async (incoming, outgoing) => {
    const known: { locale: Locale } = { locale: 'en' };
    let response: Response;
    try {
      response = await handle(incoming, outgoing, known);
    } catch (error) {
      // The reason only: what the person typed (an email, a password, a code) never reaches the log.
      console.error('[cydran provider]', error instanceof Error ? error.message : 'unknown error');
      response = render.problem('problem', known.locale, 500);
    }
    await writeResponse(response, outgoing);
  };
}

const FIELD_NAMES: readonly FieldName[] = Object.values(FIELDS);

/** The stored state read back field by field: it is JSON from the database. */
function readState(stored: unknown): JourneyState | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const record = new Map(Object.entries(stored));
  const text = (name: string): string | undefined => {
    const value = record.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const step = text('step');
  if (step === undefined || !isStep(step)) return undefined;
  const state: JourneyState = { step };
  const locale = text('locale');
  if (isLocale(locale)) state.locale = locale;
  for (const name of ['email', 'accountId', 'newPasswordHash', 'phone', 'sealedTotpSecret'] as const) {
    const value = text(name);
    if (value !== undefined) state[name] = value;
  }
  const method = text('method');
  if (method === 'sms' || method === 'totp') state.method = method;
  if (record.get('emailVerified') === true) state.emailVerified = true;
  const errors = record.get('errors');
  if (Array.isArray(errors)) {
    state.errors = errors.flatMap((error: unknown) => {
      if (typeof error !== 'object' || error === null || !('field' in error) || !('reason' in error) || !('message' in error)) return [];
      const field = FIELD_NAMES.find((name) => name === error.field);
      const reason = AUTH_ERROR_REASONS.find((known) => known === error.reason);
      return field && reason ? [{ field, reason, message: String(error.message) }] : [];
    });
  }
  const values = record.get('values');
  if (typeof values === 'object' && values !== null && !Array.isArray(values)) {
    const typed: Partial<Record<FieldName, string>> = {};
    for (const [name, value] of Object.entries(values)) {
      const field = FIELD_NAMES.find((known) => known === name);
      if (field && typeof value === 'string') typed[field] = value;
    }
    state.values = typed;
  }
  return state;
}

function localeOf(url: URL): Locale | undefined {
  const lang = url.searchParams.get('lang');
  return isLocale(lang) ? lang : undefined;
}

type Grant = InstanceType<Provider['Grant']>;

/** Adds what the prompt says the client asked for and the grant lacks. */
export function grantMissing(grant: Grant, details: Interaction): void {
  const missing = details.prompt.details;
  const scopes = missing.missingOIDCScope;
  if (Array.isArray(scopes)) grant.addOIDCScope(scopes.join(' '));
  const claims = missing.missingOIDCClaims;
  if (Array.isArray(claims)) grant.addOIDCClaims(claims.map(String));
  const resources = missing.missingResourceScopes;
  if (typeof resources === 'object' && resources !== null) {
    for (const [indicator, scope] of Object.entries(resources)) if (Array.isArray(scope)) grant.addResourceScope(indicator, scope.join(' '));
  }
}
