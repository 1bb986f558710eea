import '../../../../test/node-globals.js';
import './warning-text.server.spec.js';
