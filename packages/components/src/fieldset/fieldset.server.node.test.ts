import '../../../../test/node-globals.js';
import './fieldset.server.spec.js';
