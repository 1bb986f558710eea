// Entry point `@cydran/components/cookie-banner`: defines <cyd-cookie-banner>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydCookieBanner } from './cookie-banner.js';
import { define } from '../internal/define.js';

define('cyd-cookie-banner', CydCookieBanner);
export { CydCookieBanner };
export { cookieBannerDefinition } from './cookie-banner.template.js';
export { CONSENT_COOKIE, type CookieConsent, bannerConsent, consentCookie, consentFromForm, readCookieConsent } from './cookie-consent.js';
