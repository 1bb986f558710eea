// The same suites in Chromium: the schemas must run unchanged in a browser.
import './schemas.spec.js';
import './messages.spec.js';
import './properties.spec.js';
import './checks.spec.js';
