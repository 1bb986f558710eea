import { gzipSync } from 'node:zlib';

/**
 * The value a fraction `q` of the way through the sorted values (0.5: the
 * median, the mean of the two middle values for an even count), by linear
 * interpolation. Missing measurements (NaN) are left out; with none left it is NaN.
 */
export function quantile(values: number[], q: number): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const median = (values: number[]): number => quantile(values, 0.5);

/** Bytes after gzip at its highest level, as the size benchmarks count them. */
export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
