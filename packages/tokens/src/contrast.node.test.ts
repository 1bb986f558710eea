import '../../../test/node-globals.js';
import './contrast.spec.js';
