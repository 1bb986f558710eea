import '../../../../test/node-globals.js';
import './phase-banner.server.spec.js';
