/** A small bilingual form touching every engine feature, for the definition and engine tests. */
import type { FormDefinition } from './types.js';

const t = (en: string, cy: string) => ({ en, cy });

export const testForm = {
  id: 'test-form',
  version: 2,
  languages: ['en', 'cy'],
  title: t('Test form', 'Ffurflen brawf'),
  confirmation: { title: t('Sent', 'Wedi’i anfon') },
  pages: [
    { id: 'eligible', questions: [{ id: 'eligible', type: 'yes-no', label: t('Do you live in Wales?', 'Ydych chi’n byw yng Nghymru?') }] },
    {
      id: 'stop',
      showIf: { question: 'eligible', equals: false },
      questions: [],
      heading: t('You cannot apply', 'Ni allwch wneud cais'),
      exit: { body: t('Sorry.', 'Mae’n ddrwg gennym.') },
    },
    {
      id: 'age',
      routes: [{ if: { question: 'age', min: 65 }, goTo: 'check-answers' }],
      questions: [{ id: 'age', type: 'number', label: t('Your age', 'Eich oed'), min: 0, max: 130 }],
    },
    {
      id: 'pets',
      questions: [
        {
          id: 'pets',
          type: 'many-of',
          label: t('Pets', 'Anifeiliaid anwes'),
          options: [
            { value: 'cat', label: t('Cat', 'Cath') },
            { value: 'dog', label: t('Dog', 'Ci') },
          ],
          noneOption: t('None of these', 'Dim un o’r rhain'),
        },
      ],
    },
    {
      id: 'dog-name',
      showIf: { question: 'pets', equals: 'dog' },
      questions: [{ id: 'dog-name', type: 'text', label: t('Dog’s name', 'Enw’r ci'), maxLength: 20 }],
    },
    { id: 'visit', questions: [{ id: 'visit', type: 'date', label: t('Visit date', 'Dyddiad yr ymweliad'), after: '2020-01-01' }] },
    { id: 'children', repeat: { min: 1, max: 3, itemName: t('child', 'plentyn') }, questions: [{ id: 'child-name', type: 'text', label: t('Name', 'Enw') }] },
  ],
} satisfies FormDefinition;
