import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { examplePageParameters, page, phaseBanner, questionBody, servicePage } from './example-pages.fixture.js';

/** A whole example page of a service, laid out by the page template (renderPage's markup, upgraded in the browser). */
const meta = {
  title: 'Patterns/Service page',
  // Spread, not the imported object itself: the docs addon rewrites a meta whose parameters are a bare identifier and drops them.
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A question page after a failed submit: header, phase banner, back link, error summary, a failing text input and radios, footer. */
export const QuestionWithErrors: Story = {
  name: 'Question with errors',
  render: (_args, place) =>
    page(
      servicePage(place, {
        title: { en: 'Your parking permit', cy: 'Eich trwydded barcio' },
        phaseBanner,
        backLink: { href: '#start' },
        body: questionBody(true),
      }),
    ),
};

/** The same question before any answer: no error summary, no errors. */
export const Question: Story = {
  render: (_args, place) =>
    page(
      servicePage(place, {
        title: { en: 'Your parking permit', cy: 'Eich trwydded barcio' },
        phaseBanner,
        backLink: { href: '#start' },
        body: questionBody(false),
      }),
    ),
};
