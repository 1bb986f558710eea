/**
 * Test support for this folder's components and their neighbours: whether
 * two rendered elements are the same markup, ignoring Lit's comment markers
 * and attribute order (a server render writes attributes in template order,
 * Lit sets bound ones after the static ones).
 */
function withoutComments(element: Element): Element {
  const clone = element.cloneNode(true) as Element;
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  clone.normalize();
  return clone;
}

/** The same elements, attributes and text: `isEqualNode` once the markers are gone. */
export function sameMarkup(a: Element, b: Element): boolean {
  return withoutComments(a).isEqualNode(withoutComments(b));
}

/** `rgb(r, g, b)` as getComputedStyle reports it → `#rrggbb` (opaque colours only). */
export function hex(computed: string): string {
  const channels = computed.match(/\d+(\.\d+)?/g);
  if (!channels || channels.length < 3 || (channels.length === 4 && Number(channels[3]) !== 1)) {
    throw new Error(`Expected an opaque rgb() colour, got "${computed}"`);
  }
  return `#${channels.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The developer errors (`console.error`) logged while `run` runs. */
export async function consoleErrorsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(String(args[0]));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}
