// Types of scripts/generate-components.js for the TypeScript tests that drive it.
export const COMPONENTS_SRC: string;
export const GENERATED_HEADER: string;

export interface Entry {
  /** The package subpath, `./text-input`. */
  subpath: string;
  /** The define module under src/ without extension, `text-input/define`. */
  module: string;
  /** Whether src/all.ts (and so dist/cydran.js) imports it. */
  inAll: boolean;
}
export interface Reexport {
  exported: string;
  imported: string;
  module: string;
  typeOnly: boolean;
}
export interface Scan {
  entries: Entry[];
  elements: { folder: string; tag: string; reexports: Reexport[] }[];
  definitions: { file: string; name: string }[];
  catalogues: string[];
}
export interface GeneratedFile {
  path: string;
  wanted: string;
  current: string | undefined;
}
export interface GenerateOptions {
  srcDir?: string;
  /** The manifest whose `exports` and `sideEffects` are generated; defaults to the one beside srcDir. */
  packageJson?: string | undefined;
}

export function scanComponents(srcDir?: string): Scan;
export function generatedSources(srcDir?: string): Map<string, string>;
export function packageFields(srcDir?: string): { exports: Record<string, unknown>; sideEffects: string[] };
export function generatedFiles(options?: GenerateOptions): GeneratedFile[];
export function writeGenerated(options?: GenerateOptions): string[];
