import '../../../../test/node-globals.js';
import './autocomplete.server.spec.js';
