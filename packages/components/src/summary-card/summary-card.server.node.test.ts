import '../../../../test/node-globals.js';
import './summary-card.server.spec.js';
