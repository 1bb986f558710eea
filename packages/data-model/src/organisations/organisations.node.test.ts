import '../../../../test/node-globals.js';
import './organisations.spec.js';
