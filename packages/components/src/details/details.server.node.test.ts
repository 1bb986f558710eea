import '../../../../test/node-globals.js';
import './details.server.spec.js';
