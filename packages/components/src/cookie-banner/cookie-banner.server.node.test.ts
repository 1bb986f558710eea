import '../../../../test/node-globals.js';
import './cookie-banner.server.spec.js';
