import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../footer/define.js';
import type { CydFooter } from './footer.js';
import { footerMessages } from './footer.messages.js';
import {
  atWidth,
  consoleErrorsDuring,
  expectAccessibleInBothLanguages,
  landmarksInPage,
  serverRender,
  settled,
  switchLanguage,
} from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const COLUMNS = JSON.stringify([
  {
    heading: { en: 'Services', cy: 'Gwasanaethau' },
    columns: 2,
    links: [
      { href: '/bins', text: { en: 'Bins and recycling', cy: 'Biniau ac ailgylchu' } },
      { href: '/council-tax', text: { en: 'Council tax', cy: 'Treth gyngor' } },
    ],
  },
]);

const FOOTER = `<cyd-footer accessibility-href="/accessibility" accessibility-href-cy="/hygyrchedd" cookies-href="/cookies" cookies-href-cy="/cwcis"
    privacy-href="/privacy" contact-href="/contact" contact-href-cy="/cysylltu"
    copyright="© Gwernyfed County Council" copyright-cy="© Cyngor Sir Gwernyfed"
    licence="All content is available under the Open Government Licence v3.0, except where otherwise stated"
    licence-cy="Mae’r holl gynnwys ar gael o dan y Drwydded Llywodraeth Agored v3.0, oni nodir yn wahanol"
    columns='${COLUMNS}'>
  <a data-region="meta" class="cyd-link" href="/sitemap">Sitemap</a>
</cyd-footer>`;

async function place(markup = FOOTER, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydFooter>('cyd-footer')!;
  const metaLinks = () =>
    [...element.querySelectorAll<HTMLAnchorElement>('.cyd-footer__inline-list a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
  return { wrapper, element, metaLinks };
}

describe('cyd-footer', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(footerMessages)).to.deep.equal([]);
  });

  it('is a contentinfo landmark (<footer>), in the accessibility tree', async () => {
    const { element } = await place();
    expect(element.querySelector(':scope > [data-cyd-root]')!.localName).to.equal('footer');
    expect(await landmarksInPage()).to.deep.equal([{ role: 'contentinfo', name: '' }]);
  });

  it('shows each meta link whose address is given, in English and, live, in Welsh', async () => {
    const { wrapper, metaLinks } = await place();
    expect(metaLinks()).to.deep.equal([
      ['/accessibility', 'Accessibility statement'],
      ['/cookies', 'Cookies'],
      ['/privacy', 'Privacy'],
      ['/contact', 'Contact us'],
    ]);
    await switchLanguage(wrapper, 'cy');
    expect(metaLinks()).to.deep.equal([
      ['/hygyrchedd', 'Datganiad hygyrchedd'],
      ['/cwcis', 'Cwcis'],
      ['/privacy', 'Preifatrwydd'],
      ['/cysylltu', 'Cysylltu â ni'],
    ]);
  });

  it('leaves out a meta link with no address', async () => {
    const { metaLinks } = await place('<cyd-footer cookies-href="/cookies" copyright="© Gwernyfed"></cyd-footer>');
    expect(metaLinks()).to.deep.equal([['/cookies', 'Cookies']]);
  });

  it('adds meta links from JSON and from content', async () => {
    const links = JSON.stringify([{ href: '/sitemap', text: { en: 'Sitemap', cy: 'Map o’r safle' } }]);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><cyd-footer cookies-href="/cookies" meta-links=${links} copyright="©" copyright-cy="©"><a data-region="meta" class="cyd-link" href="/jobs">Swyddi</a></cyd-footer></div>`,
    );
    await settled(wrapper);
    expect([...wrapper.querySelectorAll('.cyd-footer__inline-list a')].map((a) => a.textContent!.trim())).to.deep.equal(['Cwcis', 'Map o’r safle']);
    expect(wrapper.querySelector('.cyd-footer__meta-content > a')!.textContent).to.equal('Swyddi');
  });

  it('shows the author’s copyright and licence, with no Crown copyright or OGL default', async () => {
    const { wrapper, element } = await place();
    expect(element.querySelector('.cyd-footer__copyright')!.textContent!.trim()).to.equal('© Gwernyfed County Council');
    expect(element.querySelector('.cyd-footer__licence')!.textContent!.trim()).to.match(/^All content/);
    await switchLanguage(wrapper, 'cy');
    expect(element.querySelector('.cyd-footer__copyright')!.textContent!.trim()).to.equal('© Cyngor Sir Gwernyfed');
    expect(element.querySelector('.cyd-footer__licence')!.textContent!.trim()).to.match(/^Mae’r holl gynnwys/);
    const bare = await place('<cyd-footer cookies-href="/cookies"></cyd-footer>');
    expect(bare.element.textContent).to.not.include('Crown');
    expect(bare.element.querySelector('.cyd-footer__copyright')).to.equal(null);
  });

  it('takes licence HTML from content, replacing the licence text', async () => {
    const { element } = await place(
      `<cyd-footer copyright="©" licence="plain"><span data-region="licence">Under the <a class="cyd-link" href="/licence">Open Government Licence</a></span></cyd-footer>`,
    );
    expect(element.querySelector('.cyd-footer__licence a')!.getAttribute('href')).to.equal('/licence');
    expect(element.textContent).to.not.include('plain');
  });

  it('renders columns of links under headings, from JSON and from content', async () => {
    const { wrapper, element } = await place(
      FOOTER.replace(
        '</cyd-footer>',
        '<div data-region="navigation"><h2>More</h2><ul><li><a class="cyd-link" href="/more">More</a></li></ul></div></cyd-footer>',
      ),
    );
    expect(element.querySelector('.cyd-footer__heading')!.textContent!.trim()).to.equal('Services');
    expect(element.querySelector('.cyd-footer__list--columns-2')).to.not.equal(null);
    expect(element.querySelectorAll('.cyd-footer__list a').length).to.equal(2);
    expect(element.querySelector('.cyd-footer__navigation-content h2')!.textContent).to.equal('More');
    await switchLanguage(wrapper, 'cy');
    expect(element.querySelector('.cyd-footer__heading')!.textContent!.trim()).to.equal('Gwasanaethau');
    expect(element.querySelector('.cyd-footer__navigation-content h2'), 'content kept across the switch').to.not.equal(null);
  });

  it('marks English author text as English on a Welsh page', async () => {
    const { element } = await place('<cyd-footer copyright="© Gwernyfed County Council"></cyd-footer>', 'cy');
    expect(element.querySelector('.cyd-footer__copyright span[lang="en"]')).to.not.equal(null);
  });

  it('lets the keyboard reach every link, with a visible focus', async () => {
    const { element } = await place();
    const first = element.querySelector<HTMLAnchorElement>('.cyd-footer__link')!;
    first.focus();
    await sendKeys({ press: 'Shift' });
    expect(getComputedStyle(first).backgroundColor, 'the focus colour').to.not.equal('rgba(0, 0, 0, 0)');
    await sendKeys({ press: 'Tab' });
    expect(element.contains(document.activeElement) && document.activeElement !== first).to.equal(true);
  });

  it('fits long Welsh on a 320px screen and at 200% zoom (640 CSS pixels)', async () => {
    for (const width of [320, 640]) {
      await atWidth(width, async () => {
        const { wrapper } = await place(FOOTER, 'cy');
        expect(wrapper.scrollWidth, `${width}px`).to.be.at.most(width);
      });
    }
  });

  it('renders the same markup from the server', async () => {
    const rendered = await serverRender(`<div lang="cy">${FOOTER}</div>`);
    expect(rendered.problems).to.deep.equal([]);
    const fromServer = await fixture<HTMLDivElement>(rendered.html);
    await settled(fromServer);
    const { element } = await place(FOOTER, 'cy');
    const upgraded = fromServer.querySelector('cyd-footer')!;
    expect(outline(upgraded)).to.equal(outline(element));
    await switchLanguage(fromServer, 'en');
    expect(upgraded.querySelector('.cyd-footer__inline-list a')!.textContent!.trim()).to.equal('Accessibility statement');
    expect(upgraded.querySelector('.cyd-footer__meta-content > a')!.textContent, 'the meta region kept').to.equal('Sitemap');
  });

  it('reports bad JSON, a column with no heading and a footer with nothing to show', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place(`<cyd-footer copyright="©" columns='[{"links":[]}]'></cyd-footer>`);
      await place(`<cyd-footer copyright="©" meta-links='{"href":"/a"}'></cyd-footer>`);
      await place('<cyd-footer></cyd-footer>');
    });
    expect(errors.some((e) => e.includes('column 1 in columns has no heading'))).to.equal(true);
    expect(errors.some((e) => e.includes('meta-links must be a JSON list'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-footer> has nothing to show'))).to.equal(true);
  });

  it('is accessible (axe) in English and Welsh', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });
});
