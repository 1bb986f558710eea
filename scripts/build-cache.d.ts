// Types of scripts/build-cache.js for the TypeScript tests that drive it.

export interface StepRecord {
  key: string;
  inputs: Record<string, string | null>;
  outputs: string[];
}

export function configurationDigest(paths: string[]): string;

export class BuildCache {
  constructor(file: string, configuration: string);
  readonly file: string;
  readonly configuration: string;
  steps: Record<string, StepRecord>;
  has(name: string): boolean;
  isUpToDate(name: string, key: string): boolean;
  record(name: string, key: string, files: { inputs: Iterable<string>; outputs: Iterable<string> }): void;
  forget(name: string): void;
  save(): void;
}

export function cacheDir(root: string): string;
