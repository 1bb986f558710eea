import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byClass, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';
import { pageNumbers } from './pagination.template.js';

describe('cyd-pagination on the server', () => {
  it('shows the first, last and current pages with one either side, gaps as ellipses', () => {
    expect(pageNumbers(1, 1)).to.deep.equal([1]);
    expect(pageNumbers(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageNumbers(5, 10)).to.deep.equal([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(3, 10), 'a gap of one page shows the page').to.deep.equal([1, 2, 3, 4, null, 10]);
    expect(pageNumbers(10, 10)).to.deep.equal([1, null, 9, 10]);
  });

  it('renders numbered pages from current, total and href-pattern, in each language', () => {
    const markup = '<cyd-pagination current="2" total="6" href-pattern="/results?page={page}"></cyd-pagination>';
    const english = parseHTML(expandHTML(`<div lang="en">${markup}</div>`));
    const nav = oneByTag(english, 'nav');
    expect(attrs(nav)).to.deep.equal({ class: 'cyd-pagination', 'aria-label': 'Pagination', 'data-cyd-root': '' });
    const links = byTag(oneByTag(nav, 'ul'), 'a');
    expect(links.map((a) => [textOf(a), attr(a, 'href'), attr(a, 'aria-label'), attr(a, 'aria-current')])).to.deep.equal([
      ['1', '/results?page=1', 'Page 1', undefined],
      ['2', '/results?page=2', 'Page 2 of 6', 'page'],
      ['3', '/results?page=3', 'Page 3', undefined],
      ['6', '/results?page=6', 'Page 6', undefined],
    ]);
    expect(byClass(nav, 'cyd-pagination__item--ellipsis').map((li) => textOf(li))).to.deep.equal(['⋯']);
    const [previous, next] = byTag(nav, 'a').filter((a) => attr(a, 'rel'));
    expect([attr(previous!, 'href'), attr(previous!, 'rel'), textOf(previous!)]).to.deep.equal(['/results?page=1', 'prev', 'Previous page']);
    expect([attr(next!, 'href'), attr(next!, 'rel'), textOf(next!)]).to.deep.equal(['/results?page=3', 'next', 'Next page']);
    const welsh = parseHTML(expandHTML(`<div lang="cy">${markup}</div>`));
    expect(attr(oneByTag(welsh, 'nav'), 'aria-label')).to.equal('Tudalennu');
    expect(byTag(oneByTag(welsh, 'ul'), 'a').map((a) => attr(a, 'aria-label'))).to.deep.equal(['Tudalen 1', 'Tudalen 2 o 6', 'Tudalen 3', 'Tudalen 6']);
    expect(
      byTag(welsh, 'a')
        .filter((a) => attr(a, 'rel'))
        .map((a) => textOf(a)),
    ).to.deep.equal(['Blaenorol', 'Nesaf']);
  });

  it('leaves out previous on the first page and next on the last', () => {
    const first = parseHTML(renderElement('cyd-pagination', { current: 1, total: 3, 'href-pattern': '?p={page}' }));
    expect(
      byTag(first, 'a')
        .filter((a) => attr(a, 'rel'))
        .map((a) => attr(a, 'rel')),
    ).to.deep.equal(['next']);
    const last = parseHTML(renderElement('cyd-pagination', { current: 3, total: 3, 'href-pattern': '?p={page}' }));
    expect(
      byTag(last, 'a')
        .filter((a) => attr(a, 'rel'))
        .map((a) => attr(a, 'rel')),
    ).to.deep.equal(['prev']);
  });

  it('renders items given as data, with their own hidden text', () => {
    const items = [
      { number: 1, href: '?page=1', visuallyHiddenText: { en: 'First page', cy: 'Tudalen gyntaf' } },
      { number: 2, href: '?page=2', current: true },
      { ellipsis: true },
      { number: 9, href: '?page=9' },
    ];
    const root = parseHTML(renderElement('cyd-pagination', { items: JSON.stringify(items) }, { locale: 'cy' }));
    const labels = byTag(oneByTag(root, 'ul'), 'a').map((a) => attr(a, 'aria-label'));
    expect(labels, 'the last item is a page, so 9 is the total').to.deep.equal(['Tudalen gyntaf', 'Tudalen 2 o 9', 'Tudalen 9']);
  });

  it('renders the block style with page titles and labels for content pages', () => {
    const root = parseHTML(
      expandHTML(`<div lang="cy"><cyd-pagination previous-href="/part-1" previous-label="Applying for a licence" previous-label-cy="Gwneud cais am drwydded"
      next-href="/part-3" next-label="Paying the fee" next-label-cy="Talu’r ffi"></cyd-pagination></div>`),
    );
    const nav = oneByTag(root, 'nav');
    expect(attr(nav, 'class')).to.equal('cyd-pagination cyd-pagination--block');
    expect(byTag(nav, 'ul')).to.deep.equal([]);
    const [previous, next] = byTag(nav, 'a');
    expect(textOf(previous!)).to.equal('Blaenorol:Gwneud cais am drwydded');
    expect(textOf(next!)).to.equal('Nesaf:Talu’r ffi');
    expect(byTag(next!, 'svg').map((svg) => attr(svg, 'aria-hidden'))).to.deep.equal(['true']);
  });

  it('reports missing pages, a bad pattern and a current page past the end', () => {
    const problems: string[] = [];
    const onProblem = (p: string) => problems.push(p);
    renderElement('cyd-pagination', {}, { onProblem });
    renderElement('cyd-pagination', { current: 6, total: 5, 'href-pattern': '/results' }, { onProblem });
    renderElement('cyd-pagination', { items: '[{"number": 1}]' }, { onProblem });
    expect(problems.some((p) => p.includes('has no pages'))).to.equal(true);
    expect(problems.some((p) => p.includes('current="6" is past total="5"'))).to.equal(true);
    expect(problems.some((p) => p.includes('href-pattern="/results" has no {page}'))).to.equal(true);
    expect(problems.some((p) => p.includes('items[0] needs a "number" and an "href"'))).to.equal(true);
  });
});
