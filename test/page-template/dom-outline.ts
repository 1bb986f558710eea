/**
 * Browser-side: a plain copy of an element's rendered tree for `deep.equal`,
 * so a server render and a browser render compare by elements, attributes
 * and text, not by attribute order, Lit's comment markers or indentation.
 */
export type DomOutline = string | { tag: string; attributes: Record<string, string>; children: DomOutline[] };

export function domOutline(parent: ParentNode): DomOutline[] {
  const out: DomOutline[] = [];
  for (const node of parent.childNodes) {
    if (node instanceof Element) {
      const attributes = Object.fromEntries([...node.attributes].map((a) => [a.name, a.value]));
      out.push({ tag: node.localName, attributes, children: domOutline(node) });
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ');
      if (text.trim() === '') continue;
      const last = out[out.length - 1];
      // Lit's markers split one text into several nodes; join them back.
      if (typeof last === 'string') out[out.length - 1] = last + text;
      else out.push(text);
    }
  }
  return out;
}
