import type { Meta } from '@storybook/web-components-vite';
import { examplePageParameters, pageStory } from './stories.fixture.js';

/** Signed out, timed out, too many codes, locked, and the generic problem page. */
const meta = {
  title: 'Sign-in/Signed out and locked',
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;

export const SignedOut = pageStory('signedOutPage', 'signed out', 'You have been signed out');
export const TimedOut = pageStory('timedOutPage', 'timed out', 'Signed out for your security');
export const TooManyCodes = pageStory('tooManyCodesPage', '15 minutes', 'Too many wrong codes');
export const AccountLocked = pageStory('accountLockedPage', '15 minutes', 'Account locked');
export const Problem = pageStory('problemPage', 'try again', 'Sorry, there is a problem');
