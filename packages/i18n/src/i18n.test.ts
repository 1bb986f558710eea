// The same suite in Chromium, which has no Welsh Intl data of its own.
import './i18n.spec.js';
