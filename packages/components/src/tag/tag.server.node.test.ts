import '../../../../test/node-globals.js';
import './tag.server.spec.js';
