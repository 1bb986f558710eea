import * as z from 'zod';
import { raise, readText } from './text.js';

// A deliberately plain rule: something before the @, a domain with at least
// one dot, no spaces. Full RFC 5322 accepts addresses no mail service will
// deliver to; the only real check is sending a message.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const MAX_LENGTH = 254;

function isEmailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1]!)
  );
}

/**
 * An email address. Surrounding spaces are trimmed and the domain is put in
 * lower case (domains are case-insensitive; the part before the @ is kept as
 * typed, as some mail servers treat its case as meaningful).
 */
export const emailAddress = z
  .preprocess((input, ctx) => {
    const text = readText(input, ctx, { required: 'emailAddressRequired', tooLong: 'emailAddressFormat', cap: MAX_LENGTH });
    if (text === undefined) return input;
    const at = text.lastIndexOf('@');
    const address = at < 0 ? text : `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
    if (!isEmailAddress(address)) {
      raise(ctx, 'emailAddressFormat', input);
      return input;
    }
    return address;
  }, z.string().max(MAX_LENGTH).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/))
  .meta({
    title: 'Email address',
    description: 'An email address, domain in lower case. Only sending a message proves it works.',
    examples: ['name@example.com'],
  });

export type EmailAddress = z.infer<typeof emailAddress>;
