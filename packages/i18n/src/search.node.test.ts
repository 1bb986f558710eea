import '../../../test/node-globals.js';
import './search.spec.js';
