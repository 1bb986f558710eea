// Entry point `@cydran/components/file-upload`: defines <cyd-file-upload>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydFileUpload } from './file-upload.js';
import { define } from '../internal/define.js';

define('cyd-file-upload', CydFileUpload);
export { CydFileUpload };
export { fileUploadDefinition } from './file-upload.template.js';
