import '../../../../test/node-globals.js';
import './button.server.spec.js';
