import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LocaleController } from './locale-controller.js';
import { resolveLocale } from './resolve.js';
import type { Locale } from './locale.js';

/** A minimal element that shows its language, as every Cydran component does. */
class LangProbe extends LitElement {
  readonly language = new LocaleController(this, (next, previous) => this.changes.push(`${previous}→${next}`));
  changes: string[] = [];
  get locale(): Locale {
    return this.language.locale;
  }
  protected override render() {
    return html`${this.language.locale === 'cy' ? 'Helo' : 'Hello'}`;
  }
}
customElements.define('lang-probe', LangProbe);

/** Puts a probe inside an open shadow root, to test crossing the boundary. */
class ShadowWrapper extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="inner"><lang-probe></lang-probe></div>';
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('LocaleController (in Chromium)', () => {
  it('takes its own lang, else the nearest ancestor’s, normalised', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div lang="cy-GB"><lang-probe></lang-probe><lang-probe lang="en"></lang-probe></div>`);
    const [inherited, own] = root.querySelectorAll('lang-probe') as NodeListOf<LangProbe>;
    await inherited!.updateComplete;
    expect(inherited!.locale).to.equal('cy');
    expect(inherited!.shadowRoot!.textContent).to.contain('Helo');
    expect(own!.locale).to.equal('en');
  });

  it('updates live when any ancestor’s lang changes', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<section lang="en"><div><lang-probe></lang-probe></div></section>`);
    const probe = root.querySelector('lang-probe') as LangProbe;
    root.setAttribute('lang', 'cy');
    await tick();
    await probe.updateComplete;
    expect(probe.locale).to.equal('cy');
    expect(probe.shadowRoot!.textContent).to.contain('Helo');
    expect(probe.changes).to.deep.equal(['en→cy']);
  });

  it('follows a lang added closer to it, and removed again', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<section lang="en"><div class="mid"><lang-probe></lang-probe></div></section>`);
    const probe = root.querySelector('lang-probe') as LangProbe;
    const mid = root.querySelector('.mid')!;
    mid.setAttribute('lang', 'cy');
    await tick();
    expect(probe.locale).to.equal('cy');
    mid.removeAttribute('lang');
    await tick();
    expect(probe.locale).to.equal('en');
  });

  it('crosses shadow roots, and hears lang changes outside and inside them', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div lang="cy"><shadow-wrapper></shadow-wrapper></div>`);
    const wrapper = root.querySelector('shadow-wrapper')!;
    const probe = wrapper.shadowRoot!.querySelector('lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.locale).to.equal('cy');
    root.setAttribute('lang', 'en');
    await tick();
    expect(probe.locale).to.equal('en');
    wrapper.shadowRoot!.querySelector('.inner')!.setAttribute('lang', 'cy');
    await tick();
    expect(probe.locale).to.equal('cy');
  });

  it('lets Welsh and English elements share one page', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div><p lang="cy"><lang-probe></lang-probe></p><p lang="en"><lang-probe></lang-probe></p></div>`);
    const [cy, en] = root.querySelectorAll('lang-probe') as NodeListOf<LangProbe>;
    await cy!.updateComplete;
    await en!.updateComplete;
    expect(cy!.shadowRoot!.textContent).to.contain('Helo');
    expect(en!.shadowRoot!.textContent).to.contain('Hello');
  });

  it('re-reads its language when moved to another part of the page', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div><p lang="cy" class="cy"></p><p lang="en" class="en"><lang-probe></lang-probe></p></div>`);
    const probe = root.querySelector('lang-probe') as LangProbe;
    root.querySelector('.cy')!.append(probe);
    await tick();
    expect(probe.locale).to.equal('cy');
  });

  it('stops listening when disconnected', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div lang="en"><lang-probe></lang-probe></div>`);
    const probe = root.querySelector('lang-probe') as LangProbe;
    probe.remove();
    root.setAttribute('lang', 'cy');
    await tick();
    expect(probe.changes).to.deep.equal([]);
  });

  it('resolves the language of plain nodes the same way', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div lang="cy"><span>testun</span></div>`);
    expect(resolveLocale(root.querySelector('span')!.firstChild!)).to.equal('cy');
  });
});

describe('LocaleController, when <html> switches language', () => {
  const html = document.documentElement;
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = html.getAttribute('lang');
    html.setAttribute('lang', 'en');
  });
  afterEach(() => {
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
  });

  async function switchPage(lang: Locale, probes: LangProbe[]): Promise<void> {
    html.setAttribute('lang', lang);
    await tick();
    await Promise.all(probes.map((probe) => probe.updateComplete));
  }

  it('updates an element nested deep in the page, and in a shadow root, both ways', async () => {
    const root = await fixture<HTMLDivElement>(
      testHtml`<div><section><div><p><lang-probe></lang-probe></p></div></section><shadow-wrapper></shadow-wrapper></div>`,
    );
    const nested = root.querySelector('lang-probe') as LangProbe;
    const inShadow = root.querySelector('shadow-wrapper')!.shadowRoot!.querySelector('lang-probe') as LangProbe;
    await switchPage('cy', [nested, inShadow]);
    expect([nested.locale, inShadow.locale]).to.deep.equal(['cy', 'cy']);
    expect(nested.shadowRoot!.textContent).to.contain('Helo');
    expect(inShadow.shadowRoot!.textContent).to.contain('Helo');
    await switchPage('en', [nested, inShadow]);
    expect(nested.shadowRoot!.textContent).to.contain('Hello');
    expect(inShadow.shadowRoot!.textContent).to.contain('Hello');
    expect(nested.changes).to.deep.equal(['en→cy', 'cy→en']);
  });

  it('leaves an element in a subtree with its own lang alone', async () => {
    const root = await fixture<HTMLDivElement>(
      testHtml`<div><blockquote lang="cy"><div><lang-probe></lang-probe></div></blockquote><lang-probe></lang-probe></div>`,
    );
    const [quoted, page] = root.querySelectorAll('lang-probe') as NodeListOf<LangProbe>;
    await switchPage('cy', [quoted!, page!]);
    await switchPage('en', [quoted!, page!]);
    expect(quoted!.locale).to.equal('cy');
    expect(quoted!.changes).to.deep.equal([]);
    expect(page!.changes).to.deep.equal(['en→cy', 'cy→en']);
  });

  it('follows an element moved into a subtree in the other language, and that subtree only', async () => {
    const root = await fixture<HTMLDivElement>(testHtml`<div><lang-probe></lang-probe><aside lang="cy"></aside></div>`);
    const probe = root.querySelector('lang-probe') as LangProbe;
    root.querySelector('aside')!.append(probe);
    await tick();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Helo');
    await switchPage('cy', [probe]);
    await switchPage('en', [probe]);
    expect(probe.locale).to.equal('cy');
    expect(probe.changes).to.deep.equal(['en→cy']);
    // Back out into the page, it takes the page's language again and follows its switches.
    root.append(probe);
    await tick();
    await switchPage('cy', [probe]);
    expect(probe.changes).to.deep.equal(['en→cy', 'cy→en', 'en→cy']);
  });
});
