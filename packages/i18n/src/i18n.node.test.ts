import '../../../test/node-globals.js';
import './i18n.spec.js';
