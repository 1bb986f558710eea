import '../../../../test/node-globals.js';
import './pagination.server.spec.js';
