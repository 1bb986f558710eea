import type { Meta } from '@storybook/web-components-vite';
import { examplePageParameters, pageStory } from './stories.fixture.js';

/** Sign in, GOV.UK One Login's way: the email address first, then the password, then the security code. */
const meta = {
  title: 'Sign-in/Sign in',
  // Spread, not the imported object itself: the docs addon rewrites a meta whose parameters are a bare identifier and drops them.
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;

export const EnterEmail = pageStory('signInEmailPage', 'empty', 'Enter your email address');
export const EnterEmailError = pageStory('signInEmailPage', 'errors', 'Enter your email address: error');
export const EnterPassword = pageStory('signInPasswordPage', 'empty', 'Enter your password');
export const WrongPassword = pageStory('signInPasswordPage', 'wrong password', 'Enter your password: wrong password');
export const TextMessageCode = pageStory('checkPhonePage', 'sign in', 'Security code by text message');
export const TextMessageCodeWrong = pageStory('checkPhonePage', 'wrong code', 'Security code by text message: wrong code');
export const AppCode = pageStory('signInAppCodePage', 'empty', 'Security code from an authenticator app');
export const AppCodeWrong = pageStory('signInAppCodePage', 'wrong code', 'Security code from an authenticator app: wrong code');
