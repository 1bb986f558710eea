import { run } from './index.js';
import { runInThisProcess } from './support.js';

await runInThisProcess(run);
