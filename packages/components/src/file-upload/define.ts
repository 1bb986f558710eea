// Entry point `@cydran/components/file-upload`: defines <cyd-file-upload>.
import { CydFileUpload } from './file-upload.js';
import { define } from '../internal/define.js';

define('cyd-file-upload', CydFileUpload);
export { CydFileUpload };
