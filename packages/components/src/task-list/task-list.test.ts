import { expect, fixture } from '@open-wc/testing';
import { findAccessibilityNode, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../task-list/define.js';
import type { CydTaskList } from './task-list.js';
import { taskListMessages } from './task-list.messages.js';
import { outline } from '../../../../test/support/markup.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

const tasks = `
  <a href="/name" data-title-cy="Eich enw" data-status="completed">Your name</a>
  <a href="/address" data-title-cy="Eich cyfeiriad" data-hint="Where you live now" data-hint-cy="Ble rydych chi’n byw nawr" data-status="in-progress">Your address</a>
  <a href="/documents" data-title-cy="Lanlwytho dogfennau" data-status="not-started">Upload documents</a>
  <a href="/evidence" data-title-cy="Tystiolaeth" data-status="incomplete" data-status-text="There is a problem" data-status-text-cy="Mae problem wedi codi">Evidence</a>
  <span data-title-cy="Talu" data-status="cannot-start">Pay</span>`;

async function place(markup = `<cyd-task-list id-prefix="apply">${tasks}</cyd-task-list>`, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  return { wrapper, element: wrapper.querySelector<CydTaskList>('cyd-task-list')! };
}

const statuses = (el: Element) => [...el.querySelectorAll('.cyd-task-list__status')].map((s) => s.textContent!.trim());

interface AccessibilityNode {
  role: string;
  name: string;
  description?: string;
  children?: AccessibilityNode[];
}

describe('cyd-task-list', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(taskListMessages)).to.deep.equal([]);
  });

  it('shows each task with its status in the page’s language, and follows a switch', async () => {
    const { wrapper, element } = await place();
    expect(statuses(element)).to.deep.equal(['Completed', 'In progress', 'Not yet started', 'There is a problem', 'Cannot start yet']);
    await switchLanguage(wrapper, 'cy');
    expect(statuses(element)).to.deep.equal(['Wedi’i gwblhau', 'Ar y gweill', 'Heb ddechrau', 'Mae problem wedi codi', 'Methu dechrau eto']);
    expect([...element.querySelectorAll('.cyd-task-list__link')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Eich enw',
      'Eich cyfeiriad',
      'Lanlwytho dogfennau',
      'Tystiolaeth',
    ]);
  });

  it('ties each link to its hint and status with aria-describedby, and a task that cannot start is no link', async () => {
    const { element } = await place();
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a.cyd-task-list__link')];
    expect(links.map((a) => a.getAttribute('aria-describedby'))).to.deep.equal([
      'apply-1-status',
      'apply-2-hint apply-2-status',
      'apply-3-status',
      'apply-4-status',
    ]);
    expect(element.querySelector('#apply-2-hint')!.textContent!.trim()).to.equal('Where you live now');
    expect(element.querySelector('#apply-5-status')!.textContent!.trim()).to.equal('Cannot start yet');
    expect(element.querySelectorAll('li')[4]!.querySelector('a'), 'no link for a task that cannot start').to.equal(null);
    const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
    const link = findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === 'link' && node.name === 'Your address');
    expect(link?.description).to.equal('Where you live now In progress');
  });

  it('takes an author override for “Completed”: “Wedi’i chwblhau” for feminine tasks', async () => {
    const { element } = await place(`<cyd-task-list completed-text="Completed" completed-text-cy="Wedi’i chwblhau">${tasks}</cyd-task-list>`, 'cy');
    expect(statuses(element)[0]).to.equal('Wedi’i chwblhau');
  });

  it('styles statuses still to do as tags, and “Completed” and “Cannot start yet” as text', async () => {
    const { element } = await place();
    const tagged = [...element.querySelectorAll('.cyd-task-list__status')].map((s) => s.querySelector('.cyd-task-list__tag') !== null);
    expect(tagged).to.deep.equal([false, true, true, true, false]);
  });

  it('takes tasks as JSON', async () => {
    const { element } = await place(
      `<cyd-task-list items='[{"title": {"en": "Check answers", "cy": "Gwirio atebion"}, "href": "/check", "status": "cannot-start"}]'></cyd-task-list>`,
      'cy',
    );
    expect(element.querySelector('.cyd-task-list__link')!.textContent!.trim()).to.equal('Gwirio atebion');
    expect(statuses(element)).to.deep.equal(['Methu dechrau eto']);
  });

  it('the whole row is the link: Tab reaches each task in turn, with visible focus', async () => {
    const { element } = await place(`<button id="before">Before</button><cyd-task-list>${tasks}</cyd-task-list>`);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')];
    expect(document.activeElement === links[0]).to.equal(true);
    expect(getComputedStyle(links[0]!).backgroundColor, 'focus is visible').to.equal('rgb(255, 221, 0)');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === links[1]).to.equal(true);
    const row = element.querySelectorAll('li')[1]!.getBoundingClientRect();
    const hit = document.elementFromPoint(row.right - 5, row.top + row.height / 2);
    expect(hit === links[1], 'a click at the row’s far end lands on its link').to.equal(true);
  });

  it('renders the same markup on the server, and upgrades keeping both languages', async () => {
    const rendered = await serverRender(`<div lang="en"><cyd-task-list id-prefix="apply">${tasks}</cyd-task-list></div>`, 'en');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const { element } = await place();
    expect(outline(server.querySelector('cyd-task-list')!)).to.equal(outline(element));
    await switchLanguage(server, 'cy');
    expect(statuses(server)[3]).to.equal('Mae problem wedi codi');
    expect(server.querySelector('.cyd-task-list__link')!.textContent!.trim()).to.equal('Eich enw');
  });

  it('reports a status it does not know and a task with no href', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-task-list><a href="/a" data-status="done">A</a><span data-status="not-started">B</span></cyd-task-list>');
    });
    expect(errors.some((e) => e.includes('task 1 has status "done"'))).to.equal(true);
    expect(errors.some((e) => e.includes('task 2 has no href'))).to.equal(true);
  });

  it('reports two task lists on a page sharing an id-prefix', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place(`<cyd-task-list>${tasks}</cyd-task-list><cyd-task-list>${tasks}</cyd-task-list>`);
    });
    expect(errors.some((e) => e.includes('another task list on the page has id-prefix="task-list"'))).to.equal(true);
  });

  it('fits a 320px screen in Welsh, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(
        `<cyd-task-list>${tasks}<a href="/long" data-status="cannot-start" data-title-cy="Cadarnhau manylion eich cyflogwr a’ch cyfnodau gwaith blaenorol">Employer details</a></cyd-task-list>`,
        'cy',
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
