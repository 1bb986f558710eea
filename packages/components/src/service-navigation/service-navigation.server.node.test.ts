import '../../../../test/node-globals.js';
import './service-navigation.server.spec.js';
