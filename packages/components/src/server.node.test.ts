import '../../../test/node-globals.js';
import './server.spec.js';
