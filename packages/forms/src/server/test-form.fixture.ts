/** A small bilingual form with a branch, an exit page, a date and a choice: the handler tests' subject. */
import type { FormDefinition } from '../definition/types.js';

export const parkingForm = {
  id: 'parking-permit',
  version: 1,
  languages: ['en', 'cy'],
  title: { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded barcio' },
  description: { en: 'Apply for a resident’s parking permit.', cy: 'Gwneud cais am drwydded barcio preswylydd.' },
  pages: [
    {
      id: 'lives-here',
      questions: [{ id: 'lives-here', type: 'yes-no', label: { en: 'Do you live in the permit zone?', cy: 'Ydych chi’n byw yn y parth trwyddedau?' } }],
      routes: [{ if: { question: 'lives-here', equals: false }, goTo: 'cannot-apply' }],
    },
    {
      id: 'cannot-apply',
      heading: { en: 'You cannot apply', cy: 'Ni allwch wneud cais' },
      questions: [],
      showIf: { question: 'lives-here', equals: false },
      exit: { body: { en: 'Permits are only for people who live in the zone.', cy: 'Dim ond i bobl sy’n byw yn y parth y mae trwyddedau.' } },
    },
    {
      id: 'full-name',
      questions: [{ id: 'full-name', type: 'text', label: { en: 'What is your full name?', cy: 'Beth yw eich enw llawn?' }, autocomplete: 'name' }],
    },
    {
      id: 'vehicle',
      questions: [
        {
          id: 'vehicle',
          type: 'one-of',
          label: { en: 'What kind of vehicle is it?', cy: 'Pa fath o gerbyd ydyw?' },
          options: [
            { value: 'car', label: { en: 'Car', cy: 'Car' } },
            { value: 'van', label: { en: 'Van', cy: 'Fan' } },
          ],
        },
      ],
    },
    {
      id: 'van-weight',
      showIf: { question: 'vehicle', equals: 'van' },
      questions: [
        {
          id: 'van-weight',
          type: 'number',
          min: 1,
          max: 3500,
          label: { en: 'How heavy is the van, in kilograms?', cy: 'Pa mor drwm yw’r fan, mewn cilogramau?' },
        },
      ],
    },
    {
      id: 'start-date',
      questions: [
        {
          id: 'start-date',
          type: 'date',
          after: 'today',
          label: { en: 'When should the permit start?', cy: 'Pryd ddylai’r drwydded ddechrau?' },
          hint: { en: 'For example, 27 3 2031', cy: 'Er enghraifft, 27 3 2031' },
        },
      ],
    },
  ],
  declaration: { en: 'I confirm the information I have given is correct.', cy: 'Rwy’n cadarnhau bod yr wybodaeth a roddais yn gywir.' },
  confirmation: {
    title: { en: 'Application sent', cy: 'Cais wedi’i anfon' },
    body: { en: 'We will email you within 5 working days.', cy: 'Byddwn yn anfon e-bost atoch o fewn 5 diwrnod gwaith.' },
  },
  saveAndReturn: { expiresAfterDays: 7 },
} satisfies FormDefinition;
