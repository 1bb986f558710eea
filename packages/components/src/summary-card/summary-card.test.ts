import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../summary-card/define.js';
import '../summary-list/define.js';
import type { CydSummaryCard } from './summary-card.js';
import { summaryCardMessages } from './summary-card.messages.js';
import { outline } from '../../../../test/support/markup.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const list = `<cyd-summary-list card-title="University of Gloucestershire" card-title-cy="Prifysgol Swydd Gaerloyw">
  <div data-row="course" data-key="Course" data-key-cy="Cwrs" data-change-href="/course" data-hidden="course" data-hidden-cy="cwrs">English</div>
  <div data-row="location" data-key="Location" data-key-cy="Lleoliad" data-value="Cheltenham"></div>
</cyd-summary-list>`;

const card = (attributes = 'change-href="/uni" delete-href="/uni/delete"') =>
  `<cyd-summary-card card-title="University of Gloucestershire" card-title-cy="Prifysgol Swydd Gaerloyw" ${attributes}>${list}</cyd-summary-card>`;

async function place(markup = card(), lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  return { wrapper, element: wrapper.querySelector<CydSummaryCard>('cyd-summary-card')! };
}

const cardLinks = (el: Element) => [...el.querySelectorAll('.cyd-summary-card__actions a')].map((a) => a.textContent);

describe('cyd-summary-card', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(summaryCardMessages)).to.deep.equal([]);
  });

  it('shows a title as a heading, card actions with the title as hidden context, and the summary list inside', async () => {
    const { wrapper, element } = await place();
    const heading = element.querySelector('h2.cyd-summary-card__title')!;
    expect(heading.textContent!.trim()).to.equal('University of Gloucestershire');
    expect(cardLinks(element)).to.deep.equal(['Change (University of Gloucestershire)', 'Delete (University of Gloucestershire)']);
    expect(element.querySelectorAll('li.cyd-summary-card__action').length, 'several actions are a list').to.equal(2);
    const content = element.querySelector('.cyd-summary-card__content')!;
    expect(content.querySelector('cyd-summary-list dl'), 'the list is inside the card').to.not.equal(null);
    expect(content.querySelector('.cyd-summary-list__actions a')!.textContent, 'the list’s own actions name the card too').to.equal(
      'Change course (University of Gloucestershire)',
    );
    await switchLanguage(wrapper, 'cy');
    expect(heading.textContent!.trim()).to.equal('Prifysgol Swydd Gaerloyw');
    expect(cardLinks(element)).to.deep.equal(['Newid (Prifysgol Swydd Gaerloyw)', 'Dileu (Prifysgol Swydd Gaerloyw)']);
    expect(content.querySelector('dt')!.textContent!.trim()).to.equal('Cwrs');
  });

  it('takes a heading level, one action as a plain link, and actions of the author’s own', async () => {
    const one = await place(card('heading-level="3" delete-href="/x"'));
    expect(one.element.querySelector('h3.cyd-summary-card__title')).to.not.equal(null);
    expect(one.element.querySelector('div.cyd-summary-card__actions > a')!.textContent).to.equal('Delete (University of Gloucestershire)');
    const own = await place(card(`actions='[{"href": "/w", "text": {"en": "Withdraw", "cy": "Tynnu’n ôl"}}]'`), 'cy');
    expect(cardLinks(own.element)).to.deep.equal(['Tynnu’n ôl (Prifysgol Swydd Gaerloyw)']);
  });

  it('reaches card actions then the list’s from the keyboard, with visible focus', async () => {
    const { element } = await place(`<button id="before">Before</button>${card()}`);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link, `${link.textContent} is the next Tab stop`).to.equal(true);
    }
    expect(links.length).to.equal(3);
    expect(getComputedStyle(links.at(-1)!).backgroundColor, 'focus is visible').to.equal('rgb(255, 221, 0)');
  });

  it('renders the same markup on the server, list included, and keeps both languages on upgrade', async () => {
    const rendered = await serverRender(`<div lang="cy">${card()}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const { element } = await place(card(), 'cy');
    expect(outline(server.querySelector('cyd-summary-card')!)).to.equal(outline(element));
    await switchLanguage(server, 'en');
    expect(server.querySelector('.cyd-summary-card__title')!.textContent!.trim()).to.equal('University of Gloucestershire');
    expect(server.querySelector('dt')!.textContent!.trim()).to.equal('Course');
  });

  it('reports a missing title and a heading level that is not one', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place(`<cyd-summary-card heading-level="7">${list}</cyd-summary-card>`);
    });
    expect(errors.some((e) => e.includes('<cyd-summary-card> has no card-title') && e.includes('card-title-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('heading-level="7" is not a heading level'))).to.equal(true);
  });

  it('fits a 320px screen with a long Welsh title, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(card().replace('Prifysgol Swydd Gaerloyw"', 'Prifysgol Cymru Y Drindod Dewi Sant, Campws Llambed a Chaerfyrddin"'), 'cy');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
