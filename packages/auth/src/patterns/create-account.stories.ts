import type { Meta } from '@storybook/web-components-vite';
import { examplePageParameters, pageStory } from './stories.fixture.js';

/** Create an account: email, the emailed code, a password, how to get security codes, setting it up, done. */
const meta = {
  title: 'Sign-in/Create an account',
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;

export const EnterEmail = pageStory('createEmailPage', 'empty', 'Enter your email address');
export const EnterEmailError = pageStory('createEmailPage', 'errors', 'Enter your email address: error');
export const CheckEmail = pageStory('checkEmailPage', 'empty', 'Check your email');
export const CheckEmailError = pageStory('checkEmailPage', 'errors', 'Check your email: code too short');
export const CreatePassword = pageStory('createPasswordPage', 'empty', 'Create your password');
export const CreatePasswordErrors = pageStory('createPasswordPage', 'errors', 'Create your password: common password');
export const ChooseMethod = pageStory('chooseMethodPage', 'empty', 'Choose how to get security codes');
export const ChooseMethodError = pageStory('chooseMethodPage', 'errors', 'Choose how to get security codes: error');
export const EnterPhone = pageStory('enterPhonePage', 'empty', 'Enter your mobile phone number');
export const EnterPhoneError = pageStory('enterPhonePage', 'errors', 'Enter your mobile phone number: a landline');
export const CheckPhone = pageStory('checkPhonePage', 'set up', 'Check your phone');
export const AuthenticatorApp = pageStory('authenticatorSetupPage', 'empty', 'Set up an authenticator app');
export const AuthenticatorAppWrong = pageStory('authenticatorSetupPage', 'wrong code', 'Set up an authenticator app: wrong code');
export const AccountCreated = pageStory('accountCreatedPage', 'done', 'Account created');
