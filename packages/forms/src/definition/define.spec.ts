/**
 * Compile-only: tsc checks these assignments; nothing runs. Each `Equal`
 * fails to compile when the inferred submission type drifts.
 */
import type { AddressAnswer, FileAnswer } from './types.js';
import { defineForm, type SubmissionOf } from './define.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | undefined {
  return undefined;
}
const t = (en: string, cy: string) => ({ en, cy });

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- compile-only: the form exists for its inferred type (typeof form)
const form = defineForm({
  id: 'typed',
  version: 1,
  languages: ['en', 'cy'],
  title: t('Typed', 'Wedi’i deipio'),
  confirmation: { title: t('Done', 'Wedi gorffen') },
  pages: [
    { id: 'name', questions: [{ id: 'full-name', type: 'name', label: t('Name', 'Enw') }] },
    {
      id: 'about',
      heading: t('About you', 'Amdanoch chi'),
      questions: [
        { id: 'age', type: 'number', label: t('Age', 'Oed') },
        { id: 'has-car', type: 'yes-no', label: t('Car?', 'Car?') },
        { id: 'nickname', type: 'text', label: t('Nickname', 'Llysenw'), optional: true },
        { id: 'where', type: 'address', label: t('Address', 'Cyfeiriad') },
      ],
    },
    {
      id: 'choices',
      heading: t('Choices', 'Dewisiadau'),
      questions: [
        {
          id: 'colour',
          type: 'one-of',
          label: t('Colour', 'Lliw'),
          options: [
            { value: 'red', label: t('Red', 'Coch') },
            { value: 'blue', label: t('Blue', 'Glas') },
          ],
        },
        {
          id: 'pets',
          type: 'many-of',
          label: t('Pets', 'Anifeiliaid anwes'),
          options: [
            { value: 'cat', label: t('Cat', 'Cath') },
            { value: 'dog', label: t('Dog', 'Ci') },
          ],
          noneOption: t('None', 'Dim un'),
        },
        { id: 'views', type: 'likert', label: t('Views', 'Barn'), statements: [{ id: 'parks', text: t('Parks', 'Parciau') }] },
      ],
    },
    { id: 'car-details', showIf: { question: 'has-car', equals: true }, questions: [{ id: 'reg', type: 'text', label: t('Registration', 'Rhif cofrestru') }] },
    { id: 'proof', questions: [{ id: 'evidence', type: 'file', label: t('Evidence', 'Tystiolaeth'), maxBytes: 1000, accept: ['application/pdf'] }] },
    {
      id: 'children',
      repeat: { itemName: t('child', 'plentyn') },
      questions: [
        { id: 'child-name', type: 'text', label: t('Name', 'Enw') },
        { id: 'child-dob', type: 'date', label: t('Date of birth', 'Dyddiad geni') },
      ],
    },
  ],
});

type Submission = SubmissionOf<typeof form>;

expectType<Equal<Submission['full-name'], string>>();
expectType<Equal<Submission['age'], number>>();
expectType<Equal<Submission['has-car'], boolean>>();
expectType<Equal<Submission['nickname'], string | undefined>>();
expectType<Equal<Submission['where'], AddressAnswer>>();
expectType<Equal<Submission['colour'], 'red' | 'blue'>>();
expectType<Equal<Submission['pets'], ('cat' | 'dog' | 'none')[]>>();
expectType<Equal<Submission['views'], { parks?: 'strongly-agree' | 'agree' | 'neutral' | 'disagree' | 'strongly-disagree' }>>();
expectType<Equal<Submission['reg'], string | undefined>>();
expectType<Equal<Submission['evidence'], FileAnswer>>();
expectType<Equal<Submission['children'], { 'child-name': string; 'child-dob': string }[]>>();

// A required answer cannot be left out; an optional one can.
const complete: Submission = {
  'full-name': 'Siân',
  age: 30,
  'has-car': false,
  where: { line1: '1 Stryd Fawr', town: 'Aberystwyth', postcode: 'SY23 1AA' },
  colour: 'red',
  pets: ['none'],
  views: { parks: 'agree' },
  evidence: { name: 'a.pdf', type: 'application/pdf', size: 10, sha256: 'x', storageKey: 'k' },
  children: [{ 'child-name': 'Osian', 'child-dob': '2015-04-01' }],
};
// @ts-expect-error colour must be one of the options' values
const wrongColour: Submission = { ...complete, colour: 'green' };
const { age: _age, ...withoutAge } = complete;
// @ts-expect-error age is required
const missingAge: Submission = withoutAge;
export { complete, wrongColour, missingAge };
