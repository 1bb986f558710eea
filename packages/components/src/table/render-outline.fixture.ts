/**
 * Kept only while summary-list's test still imports `outline` from here:
 * the one copy is test/support/markup.ts. Delete this file once no test
 * imports it. (A `.fixture.ts` file: for tests only, never shipped.)
 */
export { outline } from '../../../../test/support/markup.js';
