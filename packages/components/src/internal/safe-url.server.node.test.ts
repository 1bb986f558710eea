import '../../../../test/node-globals.js';
import './safe-url.server.spec.js';
