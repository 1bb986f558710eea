/** Runs the CLI of the package whose folder is `packageFolder` (a file: URL ending in /): dist/cli/main.js, or in a clone src/cli/main.ts through tsx. */
export function launchCli(packageFolder: URL): Promise<void>;
