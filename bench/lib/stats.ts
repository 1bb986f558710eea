import { gzipSync } from 'node:zlib';

/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes after gzip at its highest level, as the size benchmarks count them. */
export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
