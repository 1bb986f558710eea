import * as z from 'zod';
import type { MessageKey } from '../messages/en.js';
import { characterCount, raise, readText, requireObject } from './text.js';

export const NAME_MAX_LENGTH = 100;

// Letters of any script with their accents (ŵ ŷ â ï, é, ł…), spaces,
// hyphens and apostrophes; joiners for scripts that need them.
const NAME = /^[\p{L}\p{M}\u200C\u200D]+(?:[ '-][\p{L}\p{M}\u200C\u200D]+)*$/u;
// Typographic apostrophes and dashes that phones put in for you.
const APOSTROPHES = /[‘’ʼ`´]/gu;
const HYPHENS = /[‐‑–—]/gu;

function nameSchema(reasons: { required: MessageKey; tooLong: MessageKey; characters: MessageKey }, title: string) {
  return z
    .preprocess((input, ctx) => {
      const text = readText(input, ctx, {
        required: reasons.required,
        tooLong: reasons.tooLong,
        // Generous for the raw input: spaces and accents typed as separate marks shrink when tidied.
        cap: NAME_MAX_LENGTH * 4,
        maximum: NAME_MAX_LENGTH,
      });
      if (text === undefined) return input;
      const name = text
        .replace(APOSTROPHES, "'")
        .replace(HYPHENS, '-')
        .replace(/\s*-\s*/gu, '-');
      if (characterCount(name) > NAME_MAX_LENGTH) raise(ctx, reasons.tooLong, input, { maximum: NAME_MAX_LENGTH });
      else if (!NAME.test(name)) raise(ctx, reasons.characters, input);
      return name;
    }, z.string().min(1).max(NAME_MAX_LENGTH))
    .meta({
      title,
      description: 'Letters (any script, with accents such as ŵ ŷ â), single spaces, hyphens and straight apostrophes; at most 100 characters.',
    });
}

/**
 * A first (given) name or names: "Siân", "Gwenllïan Mair", "Dafydd ap
 * Gwilym". Curly apostrophes and dashes become ' and -; spaces are tidied.
 */
export const givenName = nameSchema({ required: 'givenNameRequired', tooLong: 'givenNameTooLong', characters: 'givenNameCharacters' }, 'First name');

/** A last (family) name: "ap Rhys", "O'Brien", "Davies-Jones". */
export const familyName = nameSchema({ required: 'familyNameRequired', tooLong: 'familyNameTooLong', characters: 'familyNameCharacters' }, 'Last name');

/** A person's name as two answers, as GOV.UK asks for it. */
export const personName = z
  .preprocess(requireObject('givenNameRequired', ['givenName', 'familyName']), z.object({ givenName, familyName }))
  .meta({ title: 'Name', description: 'First name and last name.' });

export type GivenName = z.infer<typeof givenName>;
export type FamilyName = z.infer<typeof familyName>;
export type PersonName = z.infer<typeof personName>;
