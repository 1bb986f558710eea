import { type CheckResult, accept, reject } from './result.js';
import { checkText } from './text.js';

/** A 6-digit security code from a text message or email; spaces are ignored ("123 456"). */
export function checkSecurityCode(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'securityCodeRequired', tooLong: 'securityCodeLength', cap: 32 });
  if (!text.ok) return text;
  const code = text.value.replace(/\s/gu, '');
  if (/[^0-9]/.test(code)) return reject('securityCodeCharacters');
  if (code.length !== 6) return reject('securityCodeLength');
  return accept(code);
}
