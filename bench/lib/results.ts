/** Benchmark results: one JSON file per benchmark in bench/results/ (kept out of git). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** Where and when a result was measured, written into every result file. */
export function machine() {
  return {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
  };
}

export async function writeResult(name: string, result: object): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify({ ...machine(), ...result }, null, 2)}\n`);
}

/** A result file's parsed contents, or undefined when that benchmark has not written one. */
export async function readResult<T>(name: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(resultsDir, `${name}.json`), 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
