// Entry point `@cydran/components/task-list`: defines <cyd-task-list>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTaskList } from './task-list.js';
import { define } from '../internal/define.js';

define('cyd-task-list', CydTaskList);
export { CydTaskList };
export { taskListDefinition } from './task-list.template.js';
