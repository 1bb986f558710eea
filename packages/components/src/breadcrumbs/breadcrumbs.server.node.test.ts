import '../../../../test/node-globals.js';
import './breadcrumbs.server.spec.js';
