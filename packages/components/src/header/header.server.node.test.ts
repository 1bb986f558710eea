import '../../../../test/node-globals.js';
import './header.server.spec.js';
