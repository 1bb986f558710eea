/**
 * The sign-in stories' page: an example page's content laid out by the page
 * template round the example council's site, as `renderAuthPage` lays it out
 * on the server, here upgraded by the browser. The language toggle links to
 * the same story in the other language. (For stories only, never shipped.)
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '@cydran/i18n';
import { pageBodyMarkup } from '../../../components/src/page-template/page-template.js';
import { type StoryPlace, localeOf } from '../../../components/src/page-template/example-pages.fixture.js';
import { EXAMPLE_PAGES, type ExamplePage, exampleSite } from './pages.fixture.js';
import { authPageOptions } from './page.js';

export { examplePageParameters } from '../../../components/src/page-template/example-pages.fixture.js';

function storyIn(place: StoryPlace, locale: Locale): string {
  return `?id=${encodeURIComponent(place.id)}&viewMode=story&globals=locale:${locale}`;
}

const isComponent = (node: Node) => node instanceof Element && node.localName.startsWith('cyd-');

/**
 * Whether two renders of a page differ only in their words: the same
 * elements in the same places, and the same components (by their
 * attributes: the live one has rendered inside, the new one not yet).
 */
function sameShape(live: Node, fresh: Node): boolean {
  if (live.nodeName !== fresh.nodeName) return false;
  if (live instanceof Element && fresh instanceof Element && isComponent(live)) {
    const attributes = (element: Element) =>
      element
        .getAttributeNames()
        .map((name) => `${name}=${element.getAttribute(name)}`)
        .join('\n');
    return attributes(live) === attributes(fresh);
  }
  if (live.childNodes.length !== fresh.childNodes.length) return false;
  return [...live.childNodes].every((child, i) => sameShape(child, fresh.childNodes[i]!));
}

/** The components of two renders of the same shape, in pairs: each live one and the new one in its place. */
function componentPairs(live: Node, fresh: Node): [Element, Element][] {
  if (live instanceof Element && fresh instanceof Element && isComponent(live)) return [[live, fresh]];
  return [...live.childNodes].flatMap((child, i) => componentPairs(child, fresh.childNodes[i]!));
}

const shown = new Map<string, HTMLElement>();

/**
 * The page for a story. A real service sends each language as its own page;
 * the toolbar switches in place, so a new render of the same page takes over
 * the components already on it (they switch language themselves, and keep
 * what was typed into them) and brings only the page's own words.
 */
function page(id: string, markup: string): HTMLElement {
  const fresh = document.createElement('div');
  fresh.className = 'cyd-template__body';
  fresh.innerHTML = markup;
  const live = shown.get(id);
  if (live?.isConnected && sameShape(live, fresh)) {
    for (const [component, placeholder] of componentPairs(live, fresh)) placeholder.replaceWith(component);
  }
  shown.set(id, fresh);
  return fresh;
}

/** The story of one example page (by its function's name and state) from pages.fixture.ts. */
export function pageStory(name: ExamplePage['name'], state: string, storyName?: string): StoryObj {
  const example = EXAMPLE_PAGES.find((p) => p.name === name && p.state === state);
  if (!example) throw new Error(`sign-in stories: no example page ${name} (${state}) in pages.fixture.ts`);
  return {
    ...(storyName ? { name: storyName } : {}),
    render: (_args, place) => {
      const locale = localeOf(place);
      const site = exampleSite({ en: storyIn(place, 'en'), cy: storyIn(place, 'cy') });
      return page(place.id, pageBodyMarkup(authPageOptions(example.render(locale), site)));
    },
  };
}
