// Entry point `@cydran/components/notification-banner`: defines <cyd-notification-banner>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydNotificationBanner } from './notification-banner.js';
import { define } from '../internal/define.js';

define('cyd-notification-banner', CydNotificationBanner);
export { CydNotificationBanner };
export { notificationBannerDefinition } from './notification-banner.template.js';
