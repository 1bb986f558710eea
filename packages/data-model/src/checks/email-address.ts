import { type CheckResult, accept, reject } from './result.js';
import { checkText } from './text.js';

// A deliberately plain rule: something before the @, a domain with at least
// one dot, no spaces. Full RFC 5322 accepts addresses no mail service will
// deliver to; the only real check is sending a message.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
export const EMAIL_ADDRESS_MAX_LENGTH = 254;

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
 * An email address, surrounding spaces trimmed and the domain in lower case
 * (domains are case-insensitive; the part before the @ is kept as typed, as
 * some mail servers treat its case as meaningful).
 */
export function checkEmailAddress(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'emailAddressRequired', tooLong: 'emailAddressFormat', cap: EMAIL_ADDRESS_MAX_LENGTH });
  if (!text.ok) return text;
  const at = text.value.lastIndexOf('@');
  const address = at < 0 ? text.value : `${text.value.slice(0, at)}@${text.value.slice(at + 1).toLowerCase()}`;
  return isEmailAddress(address) ? accept(address) : reject('emailAddressFormat');
}
