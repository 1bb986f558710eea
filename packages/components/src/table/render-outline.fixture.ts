/**
 * For tests that compare a server render with the browser's: what a render
 * means, as a string. (A `.fixture.ts` file: for tests only, never shipped.)
 */

/** Elements, attributes (sorted) and text (runs joined across comments, white space collapsed): what a render means. */
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
  return `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('')}>${inside}</${node.localName}>`;
}
