import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../notification-banner/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { notificationBannerDefinition, notificationBannerProps } from './notification-banner.template.js';

type NotificationBannerArgs = StoryArgs<typeof notificationBannerProps>;

const meta = {
  title: 'Components/Notification banner',
  component: 'cyd-notification-banner',
  render: (args: NotificationBannerArgs) => elementFromArgs(notificationBannerDefinition, args),
  args: { words: 'You have 7 days left to send your application.', wordsCy: 'Mae gennych 7 diwrnod ar ôl i anfon eich cais.' },
  argTypes: argTypesFor(notificationBannerProps),
} satisfies Meta<NotificationBannerArgs>;

export default meta;
type Story = StoryObj<NotificationBannerArgs>;

/** "Important" / "Pwysig": a region named by its title. */
export const Important: Story = {};

/** "Success" / "Llwyddiant": announced and focused when the page loads. */
export const Success: Story = {
  args: { type: 'success', words: 'Your application has been sent.', wordsCy: 'Mae eich cais wedi’i anfon.' },
};

/** Success that does not move focus (the page has a more important first focus). */
export const SuccessWithoutAutoFocus: Story = {
  args: { ...Success.args, disableAutoFocus: true },
};

export const OwnTitle: Story = {
  args: { titleText: 'Service update', titleTextCy: 'Diweddariad i’r gwasanaeth', titleHeadingLevel: 2 },
};

export const LongWelshAtNarrowWidth: Story = {
  args: { wordsCy: 'Mae gennych 7 diwrnod ar ôl i anfon eich cais am drwydded barcio i breswylwyr i Gyngor Sir Llanfairpwllgwyngyll.' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
