import '../../../../test/node-globals.js';
import './footer.server.spec.js';
