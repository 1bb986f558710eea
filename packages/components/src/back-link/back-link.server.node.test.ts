import '../../../../test/node-globals.js';
import './back-link.server.spec.js';
