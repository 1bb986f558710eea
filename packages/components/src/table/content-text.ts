import { type Text, textFromAttributes } from '@cydran/i18n';
import type { ContentElement } from '../internal/definition.js';

/**
 * Author text on an element of content read as data: `attribute` as JSON
 * (`{"en": "…", "cy": "…"}`, what Cydran's renders write, so a server render
 * reads back), else `attribute-cy` and `attribute-en` per language with
 * `attribute` (or `plain`, the element's own text) for the others.
 * Shared by the components that read content as data (table, task list,
 * summary list).
 */
export function textFromContent(element: ContentElement, attribute: string, plain?: string): Text | undefined {
  const given = element.attributes[attribute];
  if (given?.trimStart().startsWith('{')) {
    try {
      return JSON.parse(given) as Text;
    } catch {
      // Not ours: read it as words below.
    }
  }
  const read = textFromAttributes({ getAttribute: (name) => element.attributes[name] ?? (name === attribute ? (plain ?? null) : null) }, attribute);
  return read === '' && plain === undefined ? undefined : read;
}

/** Both languages of a text, to write on a render so an upgrade can read it back; a plain string as it is. */
export function textAttribute(text: Text | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  return typeof text === 'object' ? JSON.stringify(text) : text;
}
