/**
 * What an uploaded file is, from its first bytes: the name and the type the
 * browser sent are the person's (or an attacker's) to choose.
 */
const SIGNATURES: { type: string; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The MIME type the content shows, or undefined when it is none the runner knows. */
export function sniffType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: signature }) => signature.every((byte, i) => bytes[i] === byte))?.type;
}

/** The types the runner can recognise by content; a form may accept only these. */
export const RECOGNISED_TYPES = SIGNATURES.map((s) => s.type);

const NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPG' };

export function typeName(type: string): string {
  return NAMES[type] ?? type;
}
