// base.css must draw with the token colours the contrast suite in
// @cydran/tokens checks, in the pairings it checks. This renders the shared
// classes in Chromium and measures what is actually painted.
import { expect } from 'chai';
import { colour, contrastRatio, minimumRatio } from '@cydran/tokens';
import { hex } from '../../../../test/support/helpers.js';

const stylesheets = ['/packages/tokens/src/tokens.css', '/packages/components/src/internal/base.css'];

let fixture: HTMLElement;
const added: Element[] = [];

function style(selector: string): CSSStyleDeclaration {
  const element = fixture.querySelector(selector);
  if (!element) throw new Error(`No ${selector} in the fixture`);
  return getComputedStyle(element);
}

function ratioOf(foreground: string, background: string): number {
  return contrastRatio(hex(foreground), hex(background));
}

/**
 * Puts an element in base.css's focused state. Real focus is not used:
 * `:focus` only matches in the page that has the browser's focus, and
 * web-test-runner runs several test pages at once. Instead every base.css
 * rule for `:focus`/`:focus-visible` is copied with the pseudo-class swapped
 * for a class of the same specificity, so the declarations measured are
 * base.css's own.
 */
const focusedClass = 'cyd-test-focused';

function focus(selector: string): void {
  fixture.querySelectorAll(`.${focusedClass}`).forEach((element) => element.classList.remove(focusedClass));
  const element = fixture.querySelector(selector);
  if (!element) throw new Error(`No ${selector} in the fixture`);
  element.classList.add(focusedClass);
}

function mirrorFocusRules(sheet: CSSStyleSheet): HTMLStyleElement {
  const mirrored = [...sheet.cssRules]
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes(':focus'))
    .map((rule) => rule.cssText.replace(/:focus(-visible)?/g, `.${focusedClass}`));
  if (mirrored.length === 0) throw new Error('base.css has no :focus rules to test');
  const style = document.createElement('style');
  style.textContent = mirrored.join('\n');
  return style;
}

// The fixture lives in the test page itself, not an iframe: a frame cannot
// take focus while another test page in the same browser has it.
before(async () => {
  fixture = document.createElement('div');
  fixture.lang = 'cy';
  fixture.style.width = '320px';
  fixture.style.backgroundColor = 'var(--cyd-colour-background)';
  fixture.innerHTML = `
    <p class="cyd-body">Testun</p>
    <a class="cyd-link" id="link" href="#dim-ymweliad-${Date.now()}">Dolen</a>
    <div class="cyd-form-group cyd-form-group--error">
      <label class="cyd-label" for="enw">Enw</label>
      <div class="cyd-hint">Awgrym</div>
      <p class="cyd-error-message">Gwall</p>
      <input class="cyd-input cyd-input--error" id="enw">
    </div>
    <input class="cyd-input" id="plain">`;
  document.body.append(fixture);
  added.push(fixture);
  await Promise.all(
    stylesheets.map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve());
        link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
      });
      document.head.append(link);
      added.push(link);
      return loaded.then(() => link);
    }),
  ).then((links) => {
    const base = links.find((link) => link.href.endsWith('base.css'))?.sheet;
    if (!base) throw new Error('base.css did not load');
    const focusRules = mirrorFocusRules(base);
    document.head.append(focusRules);
    added.push(focusRules);
  });
});

after(() => added.forEach((element) => element.remove()));

describe('base.css contrast as rendered', () => {
  const page = () => getComputedStyle(fixture).backgroundColor;

  it('paints the page with the background token', () => {
    expect(hex(page())).to.equal(colour.background);
  });

  for (const [selector, token] of [
    ['.cyd-body', 'text'],
    ['.cyd-label', 'text'],
    ['.cyd-hint', 'secondaryText'],
    ['.cyd-error-message', 'error'],
    ['#link', 'link'],
  ] as const) {
    it(`draws ${selector} in ${token} at ${minimumRatio.text}:1 or more`, () => {
      const color = style(selector).color;
      expect(hex(color)).to.equal(colour[token]);
      expect(ratioOf(color, page())).to.be.at.least(minimumRatio.text);
    });
  }

  it('draws input text on the input background at 4.5:1 or more', () => {
    const input = style('#plain');
    expect(ratioOf(input.color, input.backgroundColor)).to.be.at.least(minimumRatio.text);
  });

  it('gives inputs a 2px border at 3:1 or more', () => {
    const input = style('#plain');
    expect(input.borderTopWidth).to.equal('2px');
    expect(ratioOf(input.borderTopColor, page())).to.be.at.least(minimumRatio['non-text']);
  });

  it('marks an input in error with a thicker border in the error colour', () => {
    const input = style('#enw');
    expect(parseFloat(input.borderTopWidth)).to.be.greaterThan(2);
    expect(hex(input.borderTopColor)).to.equal(colour.error);
    expect(ratioOf(input.borderTopColor, page())).to.be.at.least(minimumRatio['non-text']);
  });

  it('marks a form group in error with a bar at 3:1 or more', () => {
    const group = style('.cyd-form-group--error');
    expect(parseFloat(group.borderLeftWidth)).to.be.at.least(5);
    expect(ratioOf(group.borderLeftColor, page())).to.be.at.least(minimumRatio['non-text']);
  });
});

describe('base.css focus indicators as rendered', () => {
  it('shows a focused link as dark text on the focus colour with a dark underline', () => {
    focus('#link');
    const link = style('#link');
    expect(hex(link.backgroundColor)).to.equal(colour.focus);
    expect(ratioOf(link.color, link.backgroundColor)).to.be.at.least(minimumRatio.text);
    // The underline is the second shadow; it is what reaches 3:1 against white.
    const underline = link.boxShadow.match(/rgb\([^)]*\)/g)?.[1];
    expect(underline, link.boxShadow).to.be.a('string');
    expect(ratioOf(underline!, getComputedStyle(fixture).backgroundColor)).to.be.at.least(minimumRatio['non-text']);
    // Kept, transparent, for forced-colours mode to paint.
    expect(link.outlineStyle).to.equal('solid');
  });

  it('rings a focused input with the focus colour outside and a dark edge inside', () => {
    focus('#plain');
    const input = style('#plain');
    expect(hex(input.outlineColor)).to.equal(colour.focus);
    expect(parseFloat(input.outlineWidth)).to.be.at.least(3);
    expect(input.boxShadow).to.contain('inset');
    const edge = input.boxShadow.match(/rgb\([^)]*\)/)?.[0];
    expect(edge, input.boxShadow).to.be.a('string');
    expect(ratioOf(edge!, getComputedStyle(fixture).backgroundColor)).to.be.at.least(minimumRatio['non-text']);
    expect(ratioOf(input.outlineColor, edge!)).to.be.at.least(minimumRatio['non-text']);
  });

  it('returns a focused input in error to the input border colour behind the ring', () => {
    focus('#enw');
    expect(hex(style('#enw').borderTopColor)).to.equal(colour.inputBorder);
  });
});
