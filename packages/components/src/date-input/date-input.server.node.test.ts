import '../../../../test/node-globals.js';
import './date-input.server.spec.js';
