import '../../../../test/node-globals.js';
import './not-translated.server.spec.js';
