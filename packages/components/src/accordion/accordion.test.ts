import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../accordion/define.js';
import type { CydAccordion } from './accordion.js';
import { accordionMessages } from './accordion.messages.js';
import { expectAccessibleInBothLanguages, serverRender, settled, switchLanguage, consoleErrorsDuring } from '../../../../test/support/helpers.js';

/** The author's markup: three sections, the second with a summary line. */
const markup = (attributes = 'id="subjects"', lang = 'en') => `<div lang="${lang}"><cyd-accordion ${attributes}>
  <div data-section="writing" data-heading="Writing well for the web" data-heading-cy="Ysgrifennu’n dda ar gyfer y we">
    <p>Content about writing.</p>
  </div>
  <div data-section="audience" data-heading="Know your audience" data-heading-cy="Adnabod eich cynulleidfa"
    data-summary="Who uses the service" data-summary-cy="Pwy sy’n defnyddio’r gwasanaeth">
    <p id="inside-audience">Content about <a href="#">the audience</a>.</p>
  </div>
  <div data-section="reading" data-heading="How people read" data-heading-cy="Sut mae pobl yn darllen"><p>Reading.</p></div>
</cyd-accordion></div>`;

async function place(attributes?: string, lang?: string) {
  const wrapper = await fixture<HTMLDivElement>(markup(attributes, lang));
  await settled(wrapper);
  return accordionIn(wrapper);
}

function accordionIn(wrapper: HTMLElement) {
  const element = wrapper.querySelector<CydAccordion>('cyd-accordion')!;
  const button = (key: string) => element.querySelector<HTMLButtonElement>(`[data-cyd-section="${key}"] .cyd-accordion__section-button`)!;
  const content = (key: string) => element.querySelector<HTMLElement>(`[data-cyd-section="${key}"] .cyd-accordion__section-content`)!;
  const showAll = () => element.querySelector<HTMLButtonElement>('.cyd-accordion__show-all')!;
  const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
  return { wrapper, element, button, content, showAll, text, isOpen: (key: string) => button(key).getAttribute('aria-expanded') === 'true' };
}

interface AccessibilityNode {
  role?: string;
  name?: string;
  expanded?: boolean;
  children?: AccessibilityNode[];
}

/** The first node of the page's accessibility tree (Chromium's) with this role and exactly this name. */
async function accessibilityNode(role: string, name: string): Promise<AccessibilityNode | null> {
  const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
  return findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === role && node.name === name);
}

describe('cyd-accordion', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('has every message in both languages', () => {
    expect(catalogueProblems(accordionMessages)).to.deep.equal([]);
  });

  it('puts a button in each heading that controls its section, all closed to start', async () => {
    const { element, button, content } = await place();
    const headings = [...element.querySelectorAll('h2.cyd-accordion__section-heading')];
    expect(headings.length).to.equal(3);
    for (const key of ['writing', 'audience', 'reading']) {
      const b = button(key);
      expect(b.closest('h2'), 'the button is inside the heading').to.not.equal(null);
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(b.getAttribute('aria-controls')).to.equal(content(key).id);
      expect(content(key).id).to.equal(`subjects-content-${key}`);
      expect(content(key).getAttribute('hidden')).to.equal('until-found');
      expect(content(key).getBoundingClientRect().height, 'closed content takes no room').to.equal(0);
    }
    expect(content('audience').querySelector('#inside-audience'), 'the author’s content is moved in').to.not.equal(null);
  });

  it('says “Show” with the rest hidden, names the section, and switches language live', async () => {
    const { wrapper, button, showAll, text } = await place();
    const toggle = button('audience').querySelector('.cyd-accordion__section-toggle-text')!;
    expect(text(toggle)).to.equal('Show this section');
    expect(text(toggle.querySelector('.cyd-visually-hidden')!)).to.equal('this section');
    expect(text(button('audience'))).to.equal('Know your audience, Who uses the service, Show this section');
    expect(text(showAll())).to.equal('Show all sections');
    await switchLanguage(wrapper, 'cy');
    expect(text(button('audience'))).to.equal('Adnabod eich cynulleidfa, Pwy sy’n defnyddio’r gwasanaeth, Dangos yr adran hon');
    expect(text(showAll())).to.equal('Dangos pob adran');
    button('audience').click();
    await settled(wrapper);
    expect(text(button('audience').querySelector('.cyd-accordion__section-toggle-text')!)).to.equal('Cuddio’r adran hon');
  });

  it('names each button, in the accessibility tree, by its heading, summary and “Show this section”', async () => {
    const { wrapper } = await place();
    // The hidden commas make screen readers pause between the parts (the parts are blocks, so spaced).
    expect(await accessibilityNode('button', 'Know your audience , Who uses the service , Show this section'), 'English').to.not.equal(null);
    await switchLanguage(wrapper, 'cy');
    expect(await accessibilityNode('button', 'Adnabod eich cynulleidfa , Pwy sy’n defnyddio’r gwasanaeth , Dangos yr adran hon'), 'Welsh').to.not.equal(null);
  });

  it('opens and closes a section on click, and “Show all sections” opens or closes every one', async () => {
    const { wrapper, button, content, showAll, text, isOpen } = await place();
    button('writing').click();
    await settled(wrapper);
    expect(isOpen('writing')).to.equal(true);
    expect(content('writing').hasAttribute('hidden')).to.equal(false);
    expect(content('writing').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(button('writing').querySelector('.cyd-accordion__section-toggle-text')!)).to.equal('Hide this section');
    showAll().click();
    await settled(wrapper);
    expect(['writing', 'audience', 'reading'].map(isOpen)).to.deep.equal([true, true, true]);
    expect(showAll().getAttribute('aria-expanded')).to.equal('true');
    expect(text(showAll())).to.equal('Hide all sections');
    showAll().click();
    await settled(wrapper);
    expect(['writing', 'audience', 'reading'].map(isOpen)).to.deep.equal([false, false, false]);
    expect(text(showAll())).to.equal('Show all sections');
  });

  it('works from the keyboard, with visible focus that stays on the button', async () => {
    const { wrapper, button, showAll, isOpen } = await place();
    showAll().focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button('writing'));
    await sendKeys({ press: 'Enter' });
    await settled(wrapper);
    expect(isOpen('writing')).to.equal(true);
    expect(document.activeElement, 'focus stays on the same button').to.equal(button('writing'));
    await sendKeys({ press: 'Space' });
    await settled(wrapper);
    expect(isOpen('writing')).to.equal(false);
    const heading = button('writing').querySelector('.cyd-accordion__section-heading-text')!;
    expect(getComputedStyle(heading).backgroundColor, 'the focus colour shows').to.equal('rgb(255, 221, 0)');
  });

  it('remembers open sections for the session, across a reload', async () => {
    const first = await place();
    first.button('audience').click();
    await settled(first.wrapper);
    expect(JSON.parse(sessionStorage.getItem('cyd-accordion:subjects')!)).to.deep.equal({ audience: true });
    // A reload: a new accordion with the same id reads the session.
    const again = await place();
    expect(['writing', 'audience', 'reading'].map(again.isOpen)).to.deep.equal([false, true, false]);
  });

  it('remembers nothing with remember-expanded="false", and starts sections with data-expanded open', async () => {
    const first = await place('id="subjects" remember-expanded="false"');
    first.button('writing').click();
    await settled(first.wrapper);
    expect(sessionStorage.getItem('cyd-accordion:subjects')).to.equal(null);
    const wrapper = await fixture<HTMLDivElement>(
      `<div><cyd-accordion id="faq"><div data-section="a" data-heading="A" data-expanded><p>A</p></div><div data-section="b" data-heading="B"><p>B</p></div></cyd-accordion></div>`,
    );
    await settled(wrapper);
    const { isOpen } = accordionIn(wrapper);
    expect([isOpen('a'), isOpen('b')]).to.deep.equal([true, false]);
  });

  it('opens the section a URL fragment points into, on load and on hashchange', async () => {
    history.replaceState(null, '', '#inside-audience');
    const loaded = await place();
    expect(['writing', 'audience', 'reading'].map(loaded.isOpen)).to.deep.equal([false, true, false]);
    history.replaceState(null, '', location.pathname);
    loaded.wrapper.remove(); // one element with that id on the page
    const later = await place('id="other"');
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = 'inside-audience';
    await changed;
    await settled(later.wrapper);
    expect(later.isOpen('audience')).to.equal(true);
  });

  it('renders plain headings and content on the server, and the same markup upgraded as from the author’s', async () => {
    const rendered = await serverRender(markup());
    expect(rendered.problems).to.deep.equal([]);
    const holder = document.createElement('div');
    holder.innerHTML = rendered.html;
    // With JavaScript off: headings with the section names, all content showing, no buttons.
    expect([...holder.querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Writing well for the web',
      'Know your audience',
      'How people read',
    ]);
    expect(holder.querySelectorAll('button').length).to.equal(0);
    expect(holder.querySelectorAll('[hidden]').length).to.equal(0);
    const upgraded = await fixture<HTMLDivElement>(rendered.html);
    await settled(upgraded);
    const fromAuthor = await fixture<HTMLDivElement>(markup());
    await settled(fromAuthor);
    expect(upgraded.querySelector('cyd-accordion')!.innerHTML).to.equal(fromAuthor.querySelector('cyd-accordion')!.innerHTML);
  });

  it('takes a section a framework adds after upgrade, content and all', async () => {
    const { wrapper, element, button, content } = await place();
    const late = document.createElement('div');
    late.dataset.section = 'late';
    late.dataset.heading = 'Added later';
    late.innerHTML = '<p id="late-content">Late content</p>';
    element.append(late);
    await settled(wrapper);
    expect(button('late').textContent).to.contain('Added later');
    expect(content('late').querySelector('#late-content'), 'the same node, in its section').to.not.equal(null);
    expect(element.querySelectorAll(':scope > [data-section]').length, 'nothing left beside the render').to.equal(0);
  });

  it('places a section a framework adds to a Welsh page, in both languages, and reports a late child that is no section', async () => {
    const { wrapper, element, button, content } = await place('id="subjects"', 'cy');
    const late = document.createElement('div');
    late.dataset.section = 'late';
    late.dataset.heading = 'Added later';
    late.dataset.headingCy = 'Ychwanegwyd wedyn';
    late.innerHTML = '<p id="late-content">Cynnwys</p>';
    const stray = document.createElement('p');
    stray.textContent = 'No section';
    const errors = await consoleErrorsDuring(async () => {
      element.append(late, stray);
      await settled(wrapper);
    });
    expect(button('late').querySelector('.cyd-accordion__section-heading-text')!.textContent).to.equal('Ychwanegwyd wedyn');
    expect(content('late').contains(late), 'the author’s own node, in its section').to.equal(true);
    expect(element.contains(stray), 'content with no section is removed').to.equal(false);
    expect(
      errors.some((e) => e.includes('<cyd-accordion>: some content has no place') && e.includes('data-section="key"')),
      errors.join('\n'),
    ).to.equal(true);
    button('late').click();
    await switchLanguage(wrapper, 'en');
    expect(button('late').querySelector('.cyd-accordion__section-heading-text')!.textContent).to.equal('Added later');
    expect(button('late').getAttribute('aria-expanded')).to.equal('true');
    expect(content('late').contains(late), 'still in its section after the language switch').to.equal(true);
    expect(element.querySelectorAll('.cyd-accordion__section').length).to.equal(4);
  });

  it('uses the heading level asked for', async () => {
    const { element } = await place('id="subjects" heading-level="3"');
    expect(element.querySelectorAll('h3 > .cyd-accordion__section-button').length).to.equal(3);
    expect(element.querySelectorAll('h2').length).to.equal(0);
  });

  it('reports a missing id and a heading level that is not one', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-accordion heading-level="9"><div data-section="a" data-heading="A"></div></cyd-accordion>`);
    });
    expect(errors.some((e) => e.includes('<cyd-accordion> has no id'))).to.equal(true);
    expect(errors.some((e) => e.includes('heading-level="9"'))).to.equal(true);
  });

  it('fits long Welsh on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div lang="cy"><cyd-accordion id="long">
        <div data-section="a" data-heading="Heading" data-heading-cy="Gwybodaeth am wasanaethau cymdeithasol yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
          data-summary="Summary" data-summary-cy="Cymorth i ofalwyr di-dâl a phobl hŷn yn eich ardal chi"><p>Cynnwys</p></div></cyd-accordion></div>`);
      await settled(wrapper);
      accordionIn(wrapper).showAll().click();
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has no accessibility problems in English or Welsh, closed and open', async () => {
    const { wrapper, showAll } = await place();
    await expectAccessibleInBothLanguages(wrapper);
    showAll().click();
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});
