import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { normaliseLocale } from '@cydran/i18n';
import '../timeout-warning/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { timeoutWarningDefinition, timeoutWarningProps } from './timeout-warning.template.js';
import type { CydTimeoutWarning, TimeoutClock } from './timeout-warning.js';

type TimeoutWarningArgs = StoryArgs<typeof timeoutWarningProps>;

// Far in the future, so the page's own clock never opens the warning before the story's stopped clock does.
const EXPIRES_AT = '2099-12-03T10:15:00Z';

/** A clock stopped `secondsLeft` before the end, so a story holds one moment of the countdown. */
function stoppedAt(secondsLeft: number): TimeoutClock {
  const now = Date.parse(EXPIRES_AT) - secondsLeft * 1000;
  return { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
}

/**
 * Opens the story's warning at `secondsLeft`. With `keepAlive`, then presses
 * "Stay signed in" with the keep-alive answering that status.
 */
function openAt(secondsLeft: number, keepAlive?: number) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<CydTimeoutWarning>('cyd-timeout-warning');
    if (!element) return;
    await element.updateComplete;
    element.clock = stoppedAt(secondsLeft);
    await element.updateComplete;
    if (keepAlive !== undefined) {
      const pageFetch = window.fetch;
      window.fetch = async () => new Response(null, { status: keepAlive });
      try {
        await element.staySignedIn();
      } finally {
        window.fetch = pageFetch;
      }
    }
    await element.updateComplete;
  };
}

/** The page behind the dialog (the dialog itself is in the top layer, out of the page's flow). */
const pageBehind = {
  en: 'Your application is saved as you go. You can come back to it later.',
  cy: 'Mae eich cais yn cael ei gadw wrth i chi fynd. Gallwch ddod yn ôl ato nes ymlaen.',
};

function render(args: TimeoutWarningArgs, context: StoryContext<TimeoutWarningArgs>) {
  const chosen: unknown = context.globals['locale'];
  const locale = normaliseLocale(typeof chosen === 'string' ? chosen : '');
  return html`<p class="cyd-body">${pageBehind[locale]}</p>${elementFromArgs(timeoutWarningDefinition, args)}`;
}

const meta = {
  title: 'Components/Timeout warning',
  component: 'cyd-timeout-warning',
  render,
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

/** The keep-alive request failed (here it answers 503): the warning stays, and says so. */
export const KeepAliveFailed: Story = { play: openAt(90, 503) };

/** With no sign-out-href, "Stay signed in" is the only action. */
export const WithoutSignOut: Story = { args: { signOutHref: '' }, play: openAt(120) };

/** Welsh runs longer than English; the dialog fits a 320px screen. */
export const AtNarrowWidth: Story = {
  play: openAt(120),
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
