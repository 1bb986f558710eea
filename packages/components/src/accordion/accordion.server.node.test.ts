import '../../../../test/node-globals.js';
import './accordion.server.spec.js';
