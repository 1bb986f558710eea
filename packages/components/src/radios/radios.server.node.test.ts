import '../../../../test/node-globals.js';
import './radios.server.spec.js';
