/** A form with a repeating page ("add another"), a file upload and a likert question: the handler's question tests' subject. */
import type { FormDefinition } from '../definition/types.js';

export const householdForm = {
  id: 'council-tax-discount',
  version: 1,
  languages: ['en', 'cy'],
  title: { en: 'Apply for a council tax discount', cy: 'Gwneud cais am ostyngiad treth gyngor' },
  pages: [
    {
      id: 'people',
      repeat: { min: 1, max: 3, itemName: { en: 'person', cy: 'person' } },
      heading: { en: 'Who else lives with you?', cy: 'Pwy arall sy’n byw gyda chi?' },
      questions: [
        { id: 'person-name', type: 'text', label: { en: 'Full name', cy: 'Enw llawn' } },
        {
          id: 'person-student',
          type: 'yes-no',
          label: { en: 'Are they a full-time student?', cy: 'Ydyn nhw’n fyfyriwr llawn amser?' },
          labels: { yes: { en: 'Yes', cy: 'Ydyn' }, no: { en: 'No', cy: 'Nac ydyn' } },
        },
      ],
    },
    {
      id: 'evidence',
      questions: [
        {
          id: 'evidence',
          type: 'file',
          maxBytes: 1024,
          accept: ['application/pdf', 'image/jpeg'],
          label: { en: 'Upload a letter from the college', cy: 'Uwchlwytho llythyr gan y coleg' },
        },
      ],
    },
    {
      id: 'views',
      questions: [
        {
          id: 'views',
          type: 'likert',
          label: { en: 'How much do you agree?', cy: 'I ba raddau rydych chi’n cytuno?' },
          statements: [
            { id: 'clear', text: { en: 'The form was clear', cy: 'Roedd y ffurflen yn glir' } },
            { id: 'quick', text: { en: 'The form was quick', cy: 'Roedd y ffurflen yn gyflym' } },
          ],
        },
      ],
    },
  ],
  confirmation: { title: { en: 'Application sent', cy: 'Cais wedi’i anfon' } },
} satisfies FormDefinition;
