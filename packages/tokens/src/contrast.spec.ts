import { expect } from 'chai';
import { auditContrast, colour, contrastPairs, contrastRatio, minimumRatio, relativeLuminance, type ColourName } from './index.js';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#1a5e9e', '#1a5e9e')).to.equal(1);
  });
  it('matches published WCAG figures', () => {
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is not.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
    expect(contrastRatio('#ff0000', '#ffffff')).to.be.closeTo(4.0, 0.005);
  });
  it('does not depend on which colour is the foreground', () => {
    expect(contrastRatio('#ffffff', '#1a5e9e')).to.equal(contrastRatio('#1a5e9e', '#ffffff'));
  });
  it('rejects colours it cannot read rather than guessing', () => {
    expect(() => relativeLuminance('#fff')).to.throw(TypeError);
    expect(() => relativeLuminance('red')).to.throw(TypeError);
  });
});

describe('default theme contrast (WCAG 2.x AA)', () => {
  it('holds text to 4.5:1 and borders and focus indicators to 3:1', () => {
    expect(minimumRatio).to.deep.equal({ text: 4.5, 'non-text': 3 });
  });

  for (const result of auditContrast()) {
    const name = `${result.foreground} on ${result.background} (${result.kind}: ${result.usage})`;
    it(`${name} is at least ${result.minimum}:1`, () => {
      expect(result.ratio, `${result.ratio.toFixed(2)}:1`).to.be.at.least(result.minimum);
    });
  }

  it('checks every colour token in at least one pair', () => {
    const covered = new Set<ColourName>(contrastPairs.flatMap((p) => [p.foreground, p.background]));
    const unchecked = (Object.keys(colour) as ColourName[]).filter((name) => !covered.has(name));
    expect(unchecked, 'colour tokens no contrast pair checks').to.deep.equal([]);
  });

  it('lists each pair once', () => {
    const keys = contrastPairs.map((p) => `${p.foreground}/${p.background}/${p.kind}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });
});

describe('auditContrast for a rebrand', () => {
  it('flags an override that breaks a pair, and only the pairs it breaks', () => {
    // A pale brand blue: fine as a colour, unreadable behind white header text.
    const failing = auditContrast({ brand: '#6fa8dc' }).filter((r) => !r.passes);
    expect(failing.map((r) => `${r.foreground}/${r.background}`)).to.deep.equal(['brandText/brand', 'focus/brand']);
  });
  it('passes a brand override that keeps every pair', () => {
    expect(auditContrast({ brand: '#5c0f2e' }).every((r) => r.passes)).to.equal(true);
  });
});
