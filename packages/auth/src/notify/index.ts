/**
 * The provider's pluggable notifier: GOV.UK Notify's HTTP API, a local stub
 * of that API for tests, and the development outbox. See docs/provider.md.
 */
export type { Notification, NotificationTemplate, ProviderNotifier } from './types.js';
export { NOTIFICATION_TEMPLATES } from './types.js';
export { govukNotify, notifyToken, parseNotifyKey, NOTIFY_API, type GovukNotifyOptions, type NotifyKey } from './govuk-notify.js';
export { startNotifyStub, type NotifyStub, type NotifyStubOptions, type StubNotification } from './notify-stub.js';
export { outboxNotifier, readOutbox, type OutboxEntry } from './outbox.js';
