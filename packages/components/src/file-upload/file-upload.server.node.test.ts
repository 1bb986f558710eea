import '../../../../test/node-globals.js';
import './file-upload.server.spec.js';
