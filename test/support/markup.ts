/**
 * What a rendered element means, as a string, for tests that compare a
 * server render with the browser's render of the same element.
 */

/**
 * `node` and everything in it as `<tag a="1" b="2">text<child …>…</child></tag>`:
 * elements in order, each one's attributes sorted by name, and text with the
 * runs between elements joined and white space collapsed. Comments are left out.
 *
 * Why: the same render differs in ways that mean nothing. Lit marks its parts
 * with comments (splitting one text into several nodes), a server writes
 * attributes in template order while Lit sets bound ones after the static
 * ones, and the two indent differently. Compared as strings, a failure shows
 * where the two renders differ: `expect(outline(a)).to.equal(outline(b))`.
 */
export function outline(node: Element): string {
  let inside = '';
  let text = '';
  const flush = () => {
    inside += text.replace(/\s+/g, ' ').trim();
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    else if (child instanceof Element) {
      flush();
      inside += outline(child);
    }
  }
  flush();
  const attributes = [...node.attributes]
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  return `<${node.localName}${attributes}>${inside}</${node.localName}>`;
}
