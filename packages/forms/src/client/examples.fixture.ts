/** Answers to the example forms, on a whole path: the stories show them, the tests expect them. */
import type { Answers } from '../definition/types.js';

export const MISSED_BIN_ANSWERS: Answers = {
  council: 'W06000015',
  address: { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1AA' },
  bins: ['general', 'recycling'],
  'collection-date': '2026-03-02',
  'bin-out': true,
  email: 'sian@example.com',
};

export const CONSULTATION_ANSWERS: Answers = {
  visits: 'weekly',
  views: { parking: 'disagree', pedestrians: 'agree', events: 'strongly-agree' },
  recommend: 8,
  satisfaction: 4,
  improvements: ['cafes', 'toilets'],
  comments: 'Mwy o feinciau, os gwelwch yn dda.',
};

export const BLUE_BADGE_ANSWERS: Answers = {
  'who-for': 'myself',
  'live-in-wales': true,
  'full-name': 'Gwenllian Morgan',
  'date-of-birth': '1958-04-27',
  pip: false,
  walking: 'under-50',
  email: 'gwenllian@example.com',
};

/** The repeating-page fixture (src/server/household-form.fixture.ts) without its file upload: two people. */
export const HOUSEHOLD_ANSWERS: Answers = {
  people: [
    { 'person-name': 'Rhys Owen', 'person-student': true },
    { 'person-name': 'Elin Haf', 'person-student': false },
  ],
  views: { clear: 'agree', quick: 'strongly-agree' },
};
