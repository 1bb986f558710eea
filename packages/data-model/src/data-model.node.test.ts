import '../../../test/node-globals.js';
import './schemas.spec.js';
import './messages.spec.js';
import './properties.spec.js';
import './checks.spec.js';
