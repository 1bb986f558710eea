import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { CydFormRunner, defineFormRunner } from './define.js';
import type { Answers, FieldValues } from '../definition/types.js';
import { BLUE_BADGE_ANSWERS, CONSULTATION_ANSWERS, HOUSEHOLD_ANSWERS, MISSED_BIN_ANSWERS } from './examples.fixture.js';
import missedBin from '../../examples/missed-bin.json';
import consultation from '../../examples/consultation.json';
import blueBadge from '../../examples/blue-badge.json';
import { householdForm } from '../server/household-form.fixture.js';

/**
 * The blue badge example without its file upload, which only the server
 * runner can take: the client runner refuses a form with a file question
 * (and says which, to the developer). PIP now leads to the contact page.
 */
const blueBadgeWithoutFile = {
  ...blueBadge,
  pages: blueBadge.pages
    .filter((page) => page.id !== 'proof')
    .map((page) => (page.id === 'pip' ? { ...page, routes: [{ if: { question: 'pip', equals: true }, goTo: 'contact' }] } : page)),
};

/** A repeating page ("add another"): the server runner's fixture, without its file upload. */
const household = { ...householdForm, pages: householdForm.pages.filter((page) => page.id !== 'evidence') };

const EXAMPLES = { 'missed-bin': missedBin, consultation, 'blue-badge': blueBadgeWithoutFile, household };

interface RunnerArgs {
  example: keyof typeof EXAMPLES;
  /** The answers given so far, and the step shown (see `restore`). */
  answers?: Answers;
  step?: string;
  /** Values typed on the step that had errors: shown with their errors. */
  pending?: FieldValues;
  /** A journey already sent: the confirmation. */
  reference?: string;
}

defineFormRunner();

/** Runners already put back: a re-render (the toolbar's language) must not put them back again over what was typed. */
const restored = new WeakSet<CydFormRunner>();

const meta = {
  title: 'Forms/Client runner',
  component: 'cyd-form-runner',
  argTypes: { example: { control: 'select', options: Object.keys(EXAMPLES) } },
  // The answers are sent nowhere in Storybook: no story presses the last button.
  render: (args) => html`<cyd-form-runner
    action="/submissions"
    .definition=${EXAMPLES[args.example]}
    ${ref((runner) => {
      if (!(runner instanceof CydFormRunner) || restored.has(runner) || !(args.answers || args.step || args.reference)) return;
      restored.add(runner);
      void runner.updateComplete.then(() => runner.restore(args));
    })}
  ></cyd-form-runner>`,
  args: { example: 'missed-bin' },
} satisfies Meta<RunnerArgs>;

export default meta;
type Story = StoryObj<RunnerArgs>;

/** The first page: the council, chosen from the 22 in Wales by typing. No back link: the page it sits on is the start. */
export const MissedBinFirstPage: Story = {};

/** An email address in the wrong format: the error summary and the field's error, from the engine, in the page's language. */
export const MissedBinError: Story = {
  args: { answers: MISSED_BIN_ANSWERS, step: 'email', pending: { email: 'sian@example' } },
};

/** Bins not out by 7am: the exit page ends the journey. */
export const MissedBinExitPage: Story = {
  args: { answers: { ...MISSED_BIN_ANSWERS, 'bin-out': false }, step: 'not-out' },
};

export const MissedBinCheckAnswers: Story = {
  args: { answers: MISSED_BIN_ANSWERS, step: 'check-answers' },
};

export const MissedBinConfirmation: Story = {
  args: { answers: MISSED_BIN_ANSWERS, reference: 'MB7K-3Q9X' },
};

export const ConsultationFirstPage: Story = { args: { example: 'consultation' } };

/** A likert: each statement is its own question, and each unanswered one has its own error. */
export const ConsultationLikertError: Story = {
  args: { example: 'consultation', answers: CONSULTATION_ANSWERS, step: 'views', pending: { 'views.parking': 'disagree' } },
};

export const ConsultationRating: Story = {
  args: { example: 'consultation', answers: CONSULTATION_ANSWERS, step: 'recommend' },
};

export const ConsultationCheckAnswers: Story = {
  args: { example: 'consultation', answers: CONSULTATION_ANSWERS, step: 'check-answers' },
};

export const ConsultationConfirmation: Story = {
  args: { example: 'consultation', answers: CONSULTATION_ANSWERS, reference: 'TC4M-8RWD' },
};

export const BlueBadgeFirstPage: Story = { args: { example: 'blue-badge' } };

/** A date of birth that is not a real date: the date input marks the part that is wrong. */
export const BlueBadgeDateError: Story = {
  args: {
    example: 'blue-badge',
    answers: BLUE_BADGE_ANSWERS,
    step: 'date-of-birth',
    pending: { 'date-of-birth-day': '31', 'date-of-birth-month': '2', 'date-of-birth-year': '1958' },
  },
};

/** A page with a heading and two questions. */
export const BlueBadgeContact: Story = {
  args: { example: 'blue-badge', answers: BLUE_BADGE_ANSWERS, step: 'contact' },
};

/** Check answers with the declaration, and "Accept and send". */
export const BlueBadgeCheckAnswers: Story = {
  args: { example: 'blue-badge', answers: BLUE_BADGE_ANSWERS, step: 'check-answers' },
};

export const BlueBadgeConfirmation: Story = {
  args: { example: 'blue-badge', answers: BLUE_BADGE_ANSWERS, reference: 'BB2H-6TNC' },
};

/** A repeating page with no items yet: the first item's questions, captioned "Person 1". */
export const RepeatingFirstItem: Story = { args: { example: 'household' } };

/** The items added so far, each with Change and Remove, and "Do you want to add another person?" */
export const RepeatingList: Story = {
  args: { example: 'household', answers: HOUSEHOLD_ANSWERS, step: 'people' },
};

/** Continue without answering "add another": the error in the runner's words. */
export const RepeatingListError: Story = {
  args: { example: 'household', answers: HOUSEHOLD_ANSWERS, step: 'people', pending: {} },
};

export const RepeatingCheckAnswers: Story = {
  args: { example: 'household', answers: HOUSEHOLD_ANSWERS, step: 'check-answers' },
};
