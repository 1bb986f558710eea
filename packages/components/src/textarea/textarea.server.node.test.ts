import '../../../../test/node-globals.js';
import './textarea.server.spec.js';
