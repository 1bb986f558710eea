import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a reference read aloud over the phone is heard right. */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 'HJ4K-7MP2': 8 characters of a 31-letter alphabet (about 8.5 × 10¹¹ values), from a CSPRNG. */
export function newReference(): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
