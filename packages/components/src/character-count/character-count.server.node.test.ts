import '../../../../test/node-globals.js';
import './character-count.server.spec.js';
