// tokens.css is generated from tokens.ts; this fails when someone edits one
// without regenerating the other.
import '../../../test/node-globals.js';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { renderTokensCss } from './css.js';

describe('tokens.css', () => {
  it('is exactly what tokens.ts generates (run: npm run write-css -w @cydran/tokens)', () => {
    const onDisk = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
    expect(onDisk).to.equal(renderTokensCss());
  });
});
