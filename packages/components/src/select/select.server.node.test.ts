import '../../../../test/node-globals.js';
import './select.server.spec.js';
