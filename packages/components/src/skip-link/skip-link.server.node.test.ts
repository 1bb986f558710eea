import '../../../../test/node-globals.js';
import './skip-link.server.spec.js';
