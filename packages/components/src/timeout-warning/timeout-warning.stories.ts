import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../timeout-warning/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { timeoutWarningDefinition, timeoutWarningProps } from './timeout-warning.template.js';
import type { CydTimeoutWarning, TimeoutClock } from './timeout-warning.js';

type TimeoutWarningArgs = StoryArgs<typeof timeoutWarningProps>;

const EXPIRES_AT = '2026-12-03T10:15:00Z';

/** A clock stopped `secondsLeft` before the end, so a story holds one moment of the countdown. */
function stoppedAt(secondsLeft: number): TimeoutClock {
  const now = Date.parse(EXPIRES_AT) - secondsLeft * 1000;
  return { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
}

/** Opens the story's warning at `secondsLeft`, then (for `thenStay`) presses "Stay signed in". */
function openAt(secondsLeft: number, thenStay = false) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<CydTimeoutWarning>('cyd-timeout-warning');
    if (!element) return;
    await element.updateComplete;
    element.clock = stoppedAt(secondsLeft);
    await element.updateComplete;
    if (thenStay) await element.staySignedIn();
    await element.updateComplete;
  };
}

const meta = {
  title: 'Components/Timeout warning',
  component: 'cyd-timeout-warning',
  render: (args: TimeoutWarningArgs) => elementFromArgs(timeoutWarningDefinition, args),
  args: {
    expiresAt: EXPIRES_AT,
    keepAliveHref: '/session/keep-alive',
    signOutHref: '/sign-out',
    timedOutHref: '/signed-out',
  },
  argTypes: argTypesFor(timeoutWarningProps),
} satisfies Meta<TimeoutWarningArgs>;

export default meta;
type Story = StoryObj<TimeoutWarningArgs>;

/** Two minutes left: the warning opens, focus on "Stay signed in". */
export const TwoMinutesLeft: Story = { play: openAt(120) };

/** Under a minute: the countdown is in seconds. */
export const ThirtySecondsLeft: Story = { play: openAt(30) };

/** A longer warning, five minutes before the end (`warn-before="300"`). */
export const FiveMinutesWarning: Story = { args: { warnBefore: 300 }, play: openAt(300) };

/** The keep-alive request failed (here, no such page): the warning stays, and says so. */
export const KeepAliveFailed: Story = {
  args: { keepAliveHref: '/no-such-keep-alive-page' },
  play: openAt(90, true),
};

/** With no sign-out-href, "Stay signed in" is the only action. */
export const WithoutSignOut: Story = { args: { signOutHref: '' }, play: openAt(120) };

/** Welsh runs longer than English; the dialog fits a 320px screen. */
export const AtNarrowWidth: Story = {
  play: openAt(120),
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
