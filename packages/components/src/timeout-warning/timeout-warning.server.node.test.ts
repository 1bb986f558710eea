import '../../../../test/node-globals.js';
import './timeout-warning.server.spec.js';
