import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../not-translated/define.js';
import '../button/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { notTranslatedDefinition, notTranslatedProps } from './not-translated.template.js';

type NotTranslatedArgs = StoryArgs<typeof notTranslatedProps>;

/** English-only content: the component marks it lang="en", so the Welsh story shows it as English, not as Welsh. */
const ENGLISH = `<h2>Blue Badge parking</h2>
<p class="cyd-body">You can park for free in council car parks for up to 3 hours.</p>`;
const WELSH = `<p class="cyd-body">Mae Cronfa’r Iaith yn cefnogi grwpiau cymunedol sy’n cynnal gweithgareddau Cymraeg.</p>`;

const meta = {
  title: 'Components/Not translated',
  component: 'cyd-not-translated',
  render: (args: NotTranslatedArgs) => elementFromArgs(notTranslatedDefinition, args, args.availableIn === 'cy' ? WELSH : ENGLISH),
  args: { availableIn: 'en', href: '#english-page' },
  argTypes: argTypesFor(notTranslatedProps),
} satisfies Meta<NotTranslatedArgs>;

export default meta;
type Story = StoryObj<NotTranslatedArgs>;

/** A page with no Welsh version: choose Cymraeg in the toolbar to see the notice; in English there is none. */
export const PageOnlyInEnglish: Story = {};

/** Part of a page: the notice says "this content". */
export const SectionOnlyInEnglish: Story = {
  args: { scope: 'section', href: undefined },
};

/** The other way round: Welsh-only content on an English page. */
export const OnlyInWelsh: Story = {
  args: { availableIn: 'cy', href: '#tudalen-gymraeg', scope: 'section' },
};

/** Cydran components in the content speak its language: the button says "Continue" on a Welsh page. */
export const WithComponents: Story = {
  render: (args) =>
    elementFromArgs(notTranslatedDefinition, args, `<div lang="en">${ENGLISH}<cyd-button text="Continue" text-cy="Parhau" href="#start"></cyd-button></div>`),
};

/** At 320px nothing clips. */
export const NarrowScreen: Story = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
