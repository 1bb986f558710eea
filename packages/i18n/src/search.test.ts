// The same suite in Chromium, whose Intl has no Welsh: search must not need it.
import './search.spec.js';
