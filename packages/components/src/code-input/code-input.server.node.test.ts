import '../../../../test/node-globals.js';
import './code-input.server.spec.js';
