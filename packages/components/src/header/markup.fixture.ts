/**
 * For this folder's and its neighbours' browser tests (a `.fixture.ts`
 * file: never shipped): an element's markup with what Lit adds and an HTML
 * serializer does not keep left out (comment markers, indentation), so a
 * server render and a browser render can be compared. Attributes are sorted.
 */
export function comparableMarkup(element: Element): string {
  const copy = element.cloneNode(true);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const drop: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) drop.push(node);
    else if (node.textContent !== null) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text === '') drop.push(node);
      else node.textContent = text;
    }
  }
  for (const node of drop) node.parentNode?.removeChild(node);
  // Lit sets bound attributes after the template's static ones; a parser keeps source order.
  if (copy instanceof Element) {
    for (const element of copy.querySelectorAll('*')) {
      const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
      for (const [name] of attributes) element.removeAttribute(name);
      for (const [name, value] of attributes) element.setAttribute(name, value);
    }
  }
  return copy instanceof Element ? copy.innerHTML : '';
}
