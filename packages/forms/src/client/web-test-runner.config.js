// The repository's web-test-runner config with the forms test server added
// (test-server-plugin.js), for running the client runner's tests before that
// plugin is in the root config:
//   flock /tmp/cydran-browser.lock npx web-test-runner --static-logging \
//     --config packages/forms/src/client/web-test-runner.config.js --files 'packages/forms/src/client/**/*.test.ts'
import config from '../../../../web-test-runner.config.js';
import { formsTestServerPlugin } from './test-server-plugin.js';

export default { ...config, plugins: [formsTestServerPlugin(), ...config.plugins] };
