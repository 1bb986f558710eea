import '../../../../test/node-globals.js';
import './error-summary.server.spec.js';
