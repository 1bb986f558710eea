import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../phase-banner/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { phaseBannerDefinition, phaseBannerProps } from './phase-banner.template.js';

type PhaseBannerArgs = StoryArgs<typeof phaseBannerProps>;

const meta = {
  title: 'Components/Phase banner',
  component: 'cyd-phase-banner',
  render: (args: PhaseBannerArgs) => elementFromArgs(phaseBannerDefinition, args),
  args: { feedbackHref: '#feedback' },
  argTypes: argTypesFor(phaseBannerProps),
} satisfies Meta<PhaseBannerArgs>;

export default meta;
type Story = StoryObj<PhaseBannerArgs>;

/** Beta, with the standard feedback sentence. */
export const Beta: Story = {};

/** Alpha ("Alffa"). */
export const Alpha: Story = { args: { phase: 'alpha' } };

/** The feedback page opens in a new tab, and the link says so. */
export const FeedbackInNewTab: Story = { args: { feedbackNewTab: true } };

/** The author's own sentence, followed by the feedback link. */
export const OwnWords: Story = {
  args: {
    bannerText: 'This is a new service.',
    bannerTextCy: 'Mae hwn yn wasanaeth newydd.',
  },
};

/** A tag of the author's own. */
export const OwnTag: Story = { args: { tagText: 'Pilot', tagTextCy: 'Peilot', tagColour: 'grey' } };
