/**
 * `@cydran/auth/provider`: a ready OpenID provider for bodies with none,
 * on oidc-provider, with Cydran's pages in Welsh and English, accounts in
 * the forms' database, and codes through GOV.UK Notify or the development
 * outbox. See packages/auth/docs/provider.md.
 */
export {
  createProvider,
  startProvider,
  AUTH_MIGRATIONS_DIR,
  EXAMPLE_CLIENT,
  type CydranProvider,
  type ProviderClient,
  type ProviderOptions,
  type RunningProvider,
  type StartProviderOptions,
} from './provider.js';
export { DEFAULT_LIMITS, type Limits } from './guard.js';
export { pruneProvider } from './prune.js';
export { normaliseEmail, type Account, type CodeMethod } from './accounts.js';
export { hashPassword, verifyPassword } from './passwords.js';
export { providerPages, CSRF_FIELD, type PageSettings } from './pages.js';
export { STEPS, type PageRenderer, type StepName, type StepView, type StepError, type StepValidators, type Checked } from './steps.js';
export {
  govukNotify,
  startNotifyStub,
  outboxNotifier,
  readOutbox,
  notifyToken,
  parseNotifyKey,
  NOTIFY_API,
  NOTIFICATION_TEMPLATES,
  type GovukNotifyOptions,
  type Notification,
  type NotificationTemplate,
  type NotifyStub,
  type OutboxEntry,
  type ProviderNotifier,
} from '../notify/index.js';
