import '../../../../test/node-globals.js';
import './checkboxes.server.spec.js';
