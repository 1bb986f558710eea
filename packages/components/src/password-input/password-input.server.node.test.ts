import '../../../../test/node-globals.js';
import './password-input.server.spec.js';
