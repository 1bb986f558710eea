import { runInThisProcess } from '@cydran/forms/cli';
import { run } from './index.js';

await runInThisProcess(run);
