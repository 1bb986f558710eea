// Server-side validation with @cydran/data-model, from the installed packages only.
import { nhsNumber, postcode, validate } from '@cydran/data-model';

console.log(
  JSON.stringify({
    resolved: import.meta.resolve('@cydran/data-model'),
    valid: validate(nhsNumber, '943 476 5919', { locale: 'cy' }),
    cy: validate(nhsNumber, '943 476 5918', { locale: 'cy' }),
    en: validate(nhsNumber, '943 476 5918', { locale: 'en' }),
    postcode: validate(postcode, 'cf101aa', { locale: 'en' }),
  }),
);
