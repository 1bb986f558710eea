import '../../../../test/node-globals.js';
import './exit-this-page.server.spec.js';
