// Writes src/tokens.css from the token object in src/tokens.ts, the one
// source of truth. Run after changing a token: npm run write-css -w @cydran/tokens
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTokensCss } from '../src/css.js';

const target = fileURLToPath(new URL('../src/tokens.css', import.meta.url));
writeFileSync(target, renderTokensCss());
console.log(`Wrote ${target}`);
