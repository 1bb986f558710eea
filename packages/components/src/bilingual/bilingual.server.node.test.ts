import '../../../../test/node-globals.js';
import './bilingual.server.spec.js';
