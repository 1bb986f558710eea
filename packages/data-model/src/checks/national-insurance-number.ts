import { type CheckResult, accept, reject } from './result.js';
import { SPACES_AND_HYPHENS, checkText } from './text.js';

const SHAPE = /^[A-Z]{2}[0-9]{6}[A-D]$/;
// Letters HMRC never uses in a prefix, and prefixes it has never issued.
const NEVER_FIRST = /^[DFIQUV]/;
const NEVER_SECOND = /^.[DFIOQUV]/;
const NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** True for a prefix HMRC could have issued (not whether this number was). */
export function isIssuablePrefix(prefix: string): boolean {
  return !NEVER_FIRST.test(prefix) && !NEVER_SECOND.test(prefix) && !NEVER_ISSUED.has(prefix);
}

/**
 * A National Insurance number: two prefix letters, six digits, a suffix
 * A–D. Case, spaces and hyphens are ignored; accepts "QQ123456C" form.
 */
export function checkNationalInsuranceNumber(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'nationalInsuranceNumberRequired', tooLong: 'nationalInsuranceNumberFormat', cap: 32 });
  if (!text.ok) return text;
  const compact = text.value.replace(SPACES_AND_HYPHENS, '').toUpperCase();
  if (!SHAPE.test(compact)) return reject('nationalInsuranceNumberFormat');
  if (!isIssuablePrefix(compact.slice(0, 2))) return reject('nationalInsuranceNumberNotIssued');
  return accept(compact);
}
