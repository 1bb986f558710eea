// A TypeScript application's use of the packages' public types. The test
// type-checks it in a fresh app with only the packed packages installed.
import '@cydran/components/text-input';
import { CydTextInput } from '@cydran/components';
import { renderElement } from '@cydran/components/server';
import { nhsNumber, validate } from '@cydran/data-model';
import { type Locale } from '@cydran/i18n';
import { parseFormDefinition } from '@cydran/forms';
import { validateEmail } from '@cydran/auth/patterns';
import { TextInput } from '@cydran/react/text-input';
import type { ComponentProps } from 'react';

/** `true` only when T is `any`: a declaration that failed to resolve would make it so. */
type IsAny<T> = 0 extends 1 & T ? true : false;

const locale: Locale = 'cy';
const result = validate(nhsNumber, '943 476 5919', { locale });
export const digits: string | undefined = result.success ? result.data : undefined;

const field: CydTextInput = document.createElement('cyd-text-input');
field.label = 'Email address';
export const fieldIsTyped: IsAny<typeof field.label> = false;
export const elementIsTyped: IsAny<HTMLElementTagNameMap['cyd-text-input']> = false;
export const renderIsTyped: IsAny<typeof renderElement> = false;
export const formsIsTyped: IsAny<typeof parseFormDefinition> = false;
export const html: string = renderElement('cyd-text-input', { name: 'email', label: 'Email' }, { locale });
export const authIsTyped: IsAny<typeof validateEmail> = false;
const checked = validateEmail({ email: 'siân@example.gov.wales' }, locale);
export const email: string | undefined = checked.ok ? checked.value.email : undefined;
export const reactPropsAreTyped: IsAny<ComponentProps<typeof TextInput>['label']> = false;
