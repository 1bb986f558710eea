import { gzipSync } from 'node:zlib';

/**
 * The middle value (mean of the two middle values for an even count).
 * Missing measurements (NaN) are left out; with none left it is NaN.
 */
export function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes after gzip at its highest level, as the size benchmarks count them. */
export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
