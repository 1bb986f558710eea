import '../../../../test/node-globals.js';
import './task-list.server.spec.js';
