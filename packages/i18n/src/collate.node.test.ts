// Welsh order against ICU's Welsh collation, which Node carries and Chromium
// does not (so this runs in Node only; i18n.spec.ts pins fixed cases in both).
import '../../../test/node-globals.js';
import { expect } from 'chai';
import { compare } from './collate.js';
import { COLLATION_WORDS } from './welsh-words.fixture.js';

const icu = new Intl.Collator('cy');
// U+034F COMBINING GRAPHEME JOINER is ignored by ICU but stops a contraction:
// "Ban\u034Fgor" is n + g, as the dictionary reads Bangor.
const asDictionary = (marked: string) => marked.replaceAll('|', '\u034F');
const asWritten = (marked: string) => marked.replaceAll('|', '');
const sign = (n: number) => Math.sign(n);

describe('Welsh collation against ICU', () => {
  it('has a long list of real words', () => {
    expect(new Set(COLLATION_WORDS).size).to.equal(COLLATION_WORDS.length);
    expect(COLLATION_WORDS.length).to.be.at.least(200);
  });

  it('orders every pair as Intl.Collator("cy") does, and the split words as the dictionary does', () => {
    const disagreements: string[] = [];
    for (const a of COLLATION_WORDS) {
      for (const b of COLLATION_WORDS) {
        const expected = sign(icu.compare(asDictionary(a), asDictionary(b)));
        if (sign(compare(asWritten(a), asWritten(b), 'cy')) !== expected) {
          disagreements.push(`${a} ${expected < 0 ? '<' : expected > 0 ? '>' : '='} ${b}`);
        }
      }
    }
    expect(disagreements.slice(0, 20)).to.deep.equal([]);
  });

  it('differs from ICU only for the split words', () => {
    const plain = COLLATION_WORDS.map(asWritten);
    const sorted = [...plain].sort(icu.compare);
    const ours = [...plain].sort((a, b) => compare(a, b, 'cy'));
    const split = new Set(COLLATION_WORDS.filter((w) => w.includes('|')).map(asWritten));
    expect(ours.filter((w) => !split.has(w))).to.deep.equal(sorted.filter((w) => !split.has(w)));
  });
});
