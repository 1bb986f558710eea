import '../../../../test/node-globals.js';
import './tabs.server.spec.js';
