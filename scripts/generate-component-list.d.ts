// Types of scripts/generate-component-list.js for the TypeScript test that drives it.
export const COMPONENT_LIST_FILE: string;
/** The whole of docs/components.md for the component folders in `srcDir` (default packages/components/src). */
export function componentList(srcDir?: string): string;
