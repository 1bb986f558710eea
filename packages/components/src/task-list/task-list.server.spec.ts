import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byClass, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const tasks = `<a href="/name" data-title-cy="Eich enw" data-status="completed">Your name</a>
  <a href="/address" data-title-cy="Eich cyfeiriad" data-hint="Where you live" data-hint-cy="Ble rydych chi’n byw" data-status="not-started">Your address</a>
  <span data-title-cy="Talu" data-status="cannot-start">Pay</span>`;

describe('cyd-task-list on the server', () => {
  it('renders the tasks and their statuses in each language', () => {
    const english = parseHTML(expandHTML(`<div lang="en"><cyd-task-list>${tasks}</cyd-task-list></div>`));
    expect(byClass(english, 'cyd-task-list__status').map(textOf)).to.deep.equal(['Completed', 'Not yet started', 'Cannot start yet']);
    const welsh = parseHTML(expandHTML(`<div lang="cy"><cyd-task-list>${tasks}</cyd-task-list></div>`));
    expect(byClass(welsh, 'cyd-task-list__status').map(textOf)).to.deep.equal(['Wedi’i gwblhau', 'Heb ddechrau', 'Methu dechrau eto']);
    expect(byTag(welsh, 'a').map(textOf)).to.deep.equal(['Eich enw', 'Eich cyfeiriad']);
    expect(byTag(welsh, 'span'), 'the author’s elements are read, not kept').to.deep.equal([]);
  });

  it('ties links to hint and status ids made from id-prefix', () => {
    const tree = parseHTML(renderElement('cyd-task-list', { 'id-prefix': 'licence' }, { content: tasks }));
    expect(byTag(tree, 'a').map((a) => attr(a, 'aria-describedby'))).to.deep.equal(['licence-1-status', 'licence-2-hint licence-2-status']);
    expect(textOf(oneByTag(tree, 'div', { id: 'licence-2-hint' }))).to.equal('Where you live');
  });

  it('reads items and completed-text from attributes', () => {
    const tree = parseHTML(
      expandHTML(`<div lang="cy"><cyd-task-list completed-text="Completed" completed-text-cy="Wedi’i chwblhau"
      items='[{"title": {"en": "Pay", "cy": "Talu"}, "href": "/pay", "status": "completed"}]'></cyd-task-list></div>`),
    );
    expect(byClass(tree, 'cyd-task-list__status').map(textOf)).to.deep.equal(['Wedi’i chwblhau']);
  });

  it('reports no tasks and a status it does not know', () => {
    const problems: string[] = [];
    renderElement('cyd-task-list', {}, { onProblem: (p) => problems.push(p) });
    renderElement('cyd-task-list', {}, { content: '<a href="/x" data-status="finished">X</a>', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-task-list> has no tasks'))).to.equal(true);
    expect(problems.some((p) => p.includes('status "finished"'))).to.equal(true);
  });
});
