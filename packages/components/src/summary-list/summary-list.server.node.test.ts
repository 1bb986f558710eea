import '../../../../test/node-globals.js';
import './summary-list.server.spec.js';
