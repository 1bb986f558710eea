import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  CHECK_ANSWERS,
  COMPLETE,
  checkAnswersBody,
  confirmationBody,
  examplePageParameters,
  localeOf,
  page,
  phaseBanner,
  servicePage,
} from './example-pages.fixture.js';

/** Check your answers and the confirmation after it, laid out by the page template. */
const meta = {
  title: 'Patterns/Check answers',
  // Spread, not the imported object itself: the docs addon rewrites a meta whose parameters are a bare identifier and drops them.
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A summary list with change links, then the submit button. */
export const CheckAnswers: Story = {
  name: 'Check answers',
  render: (_args, place) =>
    page(servicePage(place, { title: CHECK_ANSWERS, phaseBanner, backLink: { href: '#permit-type' }, body: checkAnswersBody(localeOf(place)) })),
};

/** After submitting: the confirmation panel with the reference number. */
export const Confirmation: Story = {
  render: (_args, place) => page(servicePage(place, { title: COMPLETE, phaseBanner, body: confirmationBody() })),
};
