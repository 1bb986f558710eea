import '../../../../test/node-globals.js';
import './panel.server.spec.js';
