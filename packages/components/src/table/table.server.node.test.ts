import '../../../../test/node-globals.js';
import './table.server.spec.js';
