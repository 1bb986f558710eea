// Types of scripts/new-component.js for the TypeScript test that drives it.
/** Why `name` cannot be a new component in `srcDir`, or undefined when it can. */
export function nameProblem(name: string | undefined, srcDir?: string): string | undefined;
/** Writes the component folder and regenerates the lists; returns the files written. */
export function newComponent(name: string, srcDir?: string): string[];
