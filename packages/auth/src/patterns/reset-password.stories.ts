import type { Meta } from '@storybook/web-components-vite';
import { examplePageParameters, pageStory } from './stories.fixture.js';

/** Reset a forgotten password: email, the emailed code, a new password, done. */
const meta = {
  title: 'Sign-in/Reset password',
  parameters: { ...examplePageParameters },
} satisfies Meta;

export default meta;

export const EnterEmail = pageStory('resetEmailPage', 'empty', 'Reset your password');
export const CheckEmail = pageStory('checkEmailPage', 'reset', 'Check your email');
export const NewPassword = pageStory('newPasswordPage', 'empty', 'Create a new password');
export const NewPasswordError = pageStory('newPasswordPage', 'errors', 'Create a new password: passwords differ');
export const PasswordChanged = pageStory('passwordChangedPage', 'done', 'Password changed');
