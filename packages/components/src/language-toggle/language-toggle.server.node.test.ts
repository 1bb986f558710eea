import '../../../../test/node-globals.js';
import './language-toggle.server.spec.js';
