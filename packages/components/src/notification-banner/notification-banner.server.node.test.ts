import '../../../../test/node-globals.js';
import './notification-banner.server.spec.js';
