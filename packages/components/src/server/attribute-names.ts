/**
 * HTML's attribute-name production: one or more characters other than
 * controls, space, `"`, `'`, `>`, `/`, `=` and noncharacters
 * (https://html.spec.whatwg.org/multipage/syntax.html#attributes-2).
 * A name with any of those, written into a tag, could end the tag and
 * inject markup.
 */
export function attributeNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  for (const character of name) {
    const code = character.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return `it contains the control character U+${hex(code)}`;
    if (' "\'>/='.includes(character)) return `it contains ${character === ' ' ? 'a space' : `"${character}"`}, which HTML does not allow in attribute names`;
    if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return `it contains the noncharacter U+${hex(code)}`;
  }
  return undefined;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
