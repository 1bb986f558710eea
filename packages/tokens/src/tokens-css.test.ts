// Checks the stylesheet a browser actually loads, not just the TypeScript
// object it was generated from. web-test-runner serves the repository root.
import { expect } from 'chai';
import { breakpoint, colour, customProperties } from './index.js';

const stylesheet = '/packages/tokens/src/tokens.css';

/**
 * A same-origin frame of a given width with tokens.css loaded, so media
 * queries are evaluated against a known viewport rather than the test window.
 */
async function frameWithTokens(widthPx: number, body = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${widthPx}px`;
  frame.style.height = '200px';
  frame.style.border = '0';
  document.body.append(frame);
  const doc = frame.contentDocument;
  if (!doc) throw new Error('iframe has no document');
  doc.open();
  doc.write(`<!doctype html><html><head></head><body>${body}</body></html>`);
  doc.close();
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(stylesheet, location.href).href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${stylesheet}`)));
  });
  doc.head.append(link);
  await loaded;
  return doc;
}

function rootValue(doc: Document, name: string): string {
  return getComputedStyle(doc.documentElement).getPropertyValue(name).trim();
}

/** `#rrggbb` → the `rgb(r, g, b)` form getComputedStyle gives for colours. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const tabletPx = parseFloat(breakpoint.tablet) * 16;

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('tokens.css in Chromium', () => {
  it('defines every token on :root with its small-screen value at 320px', async () => {
    const doc = await frameWithTokens(320);
    const mismatches = customProperties()
      .map((p) => ({ name: p.name, expected: p.value, actual: rootValue(doc, p.name) }))
      .filter((p) => p.actual !== p.expected);
    expect(mismatches).to.deep.equal([]);
  });

  it('switches responsive tokens to their tablet values on a wide screen', async () => {
    const doc = await frameWithTokens(1024);
    const mismatches = customProperties()
      .map((p) => ({ name: p.name, expected: p.tablet ?? p.value, actual: rootValue(doc, p.name) }))
      .filter((p) => p.actual !== p.expected);
    expect(mismatches).to.deep.equal([]);
    expect(customProperties().some((p) => p.tablet !== undefined)).to.equal(true);
  });

  it(`switches at the documented tablet breakpoint (${breakpoint.tablet} = ${tabletPx}px)`, async () => {
    expect(tabletPx).to.equal(641);
    const justBelow = await frameWithTokens(tabletPx - 1);
    const atBreakpoint = await frameWithTokens(tabletPx);
    expect(rootValue(justBelow, '--cyd-font-size-body')).to.equal('1rem');
    expect(rootValue(atBreakpoint, '--cyd-font-size-body')).to.equal('1.1875rem');
  });

  it('resolves colour tokens to the colours the contrast checks measured', async () => {
    const doc = await frameWithTokens(320, '<p style="color: var(--cyd-colour-link); background-color: var(--cyd-colour-background)">Dolen</p>');
    const style = getComputedStyle(doc.querySelector('p')!);
    expect(style.color).to.equal(rgb(colour.link));
    expect(style.backgroundColor).to.equal(rgb(colour.background));
  });
});

describe('rebranding by overriding tokens', () => {
  it('changes the computed colour inside the themed wrapper and nowhere else', async () => {
    const doc = await frameWithTokens(
      320,
      `<div class="council-theme" style="--cyd-colour-brand: #5c0f2e">
         <header id="themed" style="background-color: var(--cyd-colour-brand)">Cyngor Sir</header>
       </div>
       <header id="default" style="background-color: var(--cyd-colour-brand)">Cydran</header>`,
    );
    const themed = doc.getElementById('themed')!;
    const untouched = doc.getElementById('default')!;
    expect(getComputedStyle(themed).backgroundColor).to.equal('rgb(92, 15, 46)');
    expect(getComputedStyle(untouched).backgroundColor).to.equal(rgb(colour.brand));
  });

  it('lets a council stylesheet loaded after tokens.css replace a token page-wide', async () => {
    const doc = await frameWithTokens(320, '<a id="link" style="color: var(--cyd-colour-link)">Cyswllt</a>');
    const councilStyles = doc.createElement('style');
    councilStyles.textContent = ':root { --cyd-colour-link: #4b1248; }';
    doc.head.append(councilStyles);
    expect(getComputedStyle(doc.getElementById('link')!).color).to.equal('rgb(75, 18, 72)');
  });
});
