import '../../../../test/node-globals.js';
import './inset-text.server.spec.js';
