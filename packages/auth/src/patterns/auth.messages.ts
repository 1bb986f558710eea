import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * The sign-in patterns' words, after GOV.UK One Login's authentication
 * frontend, with the standard terms of docs/welsh-language.md (mewngofnodi, allgofnodi,
 * cyfrinair, cod diogelwch, cyfeiriad e-bost, creu cyfrif).
 *
 * Error messages are keyed by reason (the `AuthErrorReason` of a page's
 * validation), so the provider names what went wrong and the page says it in
 * its own language. Numbers are written as digits; Welsh keeps the noun
 * singular after a number and mutates it as after the number's word, so every
 * plural form is written whole ("2 funud", "15 munud"), never joined in code.
 * Provider names (`signInWith`) are proper nouns, which must never mutate: the
 * Welsh puts "cyfrif" before the name so no mutation is due. Wording to be
 * checked by a translator is listed in packages/auth/docs/patterns.md.
 */
export const en = {
  continue: 'Continue',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signInAgain: 'Sign in again',
  createAccount: 'Create an account',
  emailAddress: 'Email address',
  password: 'Password',
  confirmPassword: 'Confirm your password',
  securityCode: 'Security code',
  forgottenPassword: 'Forgotten your password?',
  noAccount: 'If you do not have an account, you can create one.',

  signInEmailTitle: 'Enter your email address to sign in',
  signInPasswordTitle: 'Enter your password',
  signingInAs: 'You are signing in with',

  createEmailTitle: 'Enter your email address',
  createEmailHint: 'We will send you a code to check your email address',
  haveAccount: 'If you already have an account, you can sign in.',
  checkEmailTitle: 'Check your email',
  checkEmailSent: 'We have sent a code to:',
  checkEmailSpam: 'The email may take a few minutes to arrive. Check your spam folder if you cannot find it.',
  codeLabel: 'Enter the 6 digit security code',

  createPasswordTitle: 'Create your password',
  newPasswordTitle: 'Create a new password',
  passwordHint: 'Your password must be at least 8 characters. A long password is harder to guess: you can use 3 random words.',

  chooseMethodTitle: 'Choose how to get security codes',
  chooseMethodIntro: 'We will ask for a security code each time you sign in.',
  methodSms: 'Text message',
  methodSmsHint: 'We will send a code to your mobile phone',
  methodApp: 'Authenticator app',
  methodAppHint: 'Use an app on your phone or computer to make a code',

  enterPhoneTitle: 'Enter your mobile phone number',
  phoneLabel: 'UK mobile phone number',
  phoneHint: 'For example, 07700 900 982',
  checkPhoneTitle: 'Check your phone',
  checkPhoneSent: (ending: string) => `We have sent a code to your phone number ending in ${ending}`,

  setupAppTitle: 'Set up an authenticator app',
  setupAppInstall: 'Install an authenticator app on your phone or computer.',
  setupAppScan: 'Use the app to scan the QR code.',
  qrCodeName: 'QR code to add your account to an authenticator app',
  secretKeyIntro: 'If you cannot scan the QR code, enter this secret key in the app:',
  secretKeyLabel: 'Secret key',
  setupAppEnterCode: 'Enter the 6 digit security code the app shows.',
  appCodeLabel: 'Security code from the app',

  accountCreatedTitle: 'You have created your account',
  accountCreatedText: 'You can now use your account to sign in.',

  signInSmsTitle: 'Check your phone',
  signInAppTitle: 'Enter the security code from your authenticator app',

  resetTitle: 'Reset your password',
  resetIntro: 'Enter the email address for your account. We will send you a code.',
  resetDoneTitle: 'You have changed your password',
  resetDoneText: 'Sign in with your new password.',

  signedOutTitle: 'You have been signed out',
  signedOutText: 'You can sign in again at any time.',
  timedOutTitle: 'You have been signed out for your security',
  timedOutText: 'We signed you out because you had not used the service for a while.',
  tooManyCodesTitle: 'You entered the wrong security code too many times',
  waitMinutes: (minutes: number) => plural(minutes, 'en', { one: 'Wait {n} minute, then try again.', other: 'Wait {n} minutes, then try again.' }),
  lockedTitle: 'Your account is locked',
  lockedText: 'You entered the wrong password too many times.',
  lockedWait: (minutes: number) =>
    plural(minutes, 'en', {
      one: 'You can try again in {n} minute, or reset your password now.',
      other: 'You can try again in {n} minutes, or reset your password now.',
    }),
  resetPassword: 'Reset your password',
  problemTitle: 'Sorry, there is a problem',
  problemText: 'Try again later.',
  tryAgain: 'Try again',

  signInWithOneLogin: 'Sign in with GOV.UK One Login',
  signInWith: (provider: string) => `Sign in with ${provider}`,

  // Errors, by reason.
  emailMissing: 'Enter your email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  passwordMissing: 'Enter your password',
  credentialsWrong: 'Your email address or password is not correct',
  newPasswordMissing: 'Enter a password',
  passwordTooShort: 'Your password must be at least 8 characters',
  passwordTooLong: 'Your password must be 256 characters or fewer',
  passwordCommon: 'Enter a stronger password. Do not use very common passwords, like ‘password’ or a sequence of numbers',
  passwordIsEmail: 'Your password must be different from your email address',
  confirmMissing: 'Confirm your password',
  passwordsDiffer: 'Enter the same password in both boxes',
  codeMissing: 'Enter the security code',
  codeLength: 'The security code must be 6 digits',
  codeNotDigits: 'The security code must only include numbers',
  codeWrong: 'The security code is not correct or has expired. Try again or send a new code',
  appCodeWrong: 'The security code is not correct. Enter the code the app shows now',
  methodMissing: 'Select how you want to get security codes',
  phoneMissing: 'Enter a UK mobile phone number',
  phoneFormat: 'Enter a UK mobile phone number, like 07700 900 982',
  phoneNotUk: 'Enter a UK mobile phone number. For a number from another country, use an authenticator app',
  phoneNotMobile: 'Enter a mobile phone number. We cannot send text messages to a landline',
};

export const cy = {
  continue: 'Parhau',
  signIn: 'Mewngofnodi',
  signOut: 'Allgofnodi',
  signInAgain: 'Mewngofnodi eto',
  createAccount: 'Creu cyfrif',
  emailAddress: 'Cyfeiriad e-bost',
  password: 'Cyfrinair',
  confirmPassword: 'Cadarnhewch eich cyfrinair',
  securityCode: 'Cod diogelwch',
  forgottenPassword: 'Wedi anghofio eich cyfrinair?',
  noAccount: 'Os nad oes gennych gyfrif, gallwch greu un.',

  signInEmailTitle: 'Rhowch eich cyfeiriad e-bost i fewngofnodi',
  signInPasswordTitle: 'Rhowch eich cyfrinair',
  signingInAs: 'Rydych yn mewngofnodi gyda',

  createEmailTitle: 'Rhowch eich cyfeiriad e-bost',
  createEmailHint: 'Byddwn yn anfon cod atoch i wirio eich cyfeiriad e-bost',
  haveAccount: 'Os oes gennych gyfrif yn barod, gallwch fewngofnodi.',
  checkEmailTitle: 'Gwiriwch eich e-bost',
  checkEmailSent: 'Rydym wedi anfon cod i:',
  checkEmailSpam: 'Gall gymryd ychydig funudau i’r e-bost gyrraedd. Gwiriwch eich ffolder sbam os na allwch ddod o hyd iddo.',
  codeLabel: 'Rhowch y cod diogelwch 6 digid',

  createPasswordTitle: 'Creu eich cyfrinair',
  newPasswordTitle: 'Creu cyfrinair newydd',
  passwordHint: 'Rhaid i’ch cyfrinair fod o leiaf 8 nod. Mae’n anoddach dyfalu cyfrinair hir: gallwch ddefnyddio 3 gair ar hap.',

  chooseMethodTitle: 'Dewiswch sut i gael codau diogelwch',
  chooseMethodIntro: 'Byddwn yn gofyn am god diogelwch bob tro y byddwch yn mewngofnodi.',
  methodSms: 'Neges destun',
  methodSmsHint: 'Byddwn yn anfon cod i’ch ffôn symudol',
  methodApp: 'Ap dilysu',
  methodAppHint: 'Defnyddiwch ap ar eich ffôn neu gyfrifiadur i greu cod',

  enterPhoneTitle: 'Rhowch eich rhif ffôn symudol',
  phoneLabel: 'Rhif ffôn symudol yn y DU',
  phoneHint: 'Er enghraifft, 07700 900 982',
  checkPhoneTitle: 'Gwiriwch eich ffôn',
  checkPhoneSent: (ending: string) => `Rydym wedi anfon cod i’ch rhif ffôn sy’n gorffen gyda ${ending}`,

  setupAppTitle: 'Gosod ap dilysu',
  setupAppInstall: 'Gosodwch ap dilysu ar eich ffôn neu gyfrifiadur.',
  setupAppScan: 'Defnyddiwch yr ap i sganio’r cod QR.',
  qrCodeName: 'Cod QR i ychwanegu eich cyfrif at ap dilysu',
  secretKeyIntro: 'Os na allwch sganio’r cod QR, rhowch yr allwedd gyfrinachol hon yn yr ap:',
  secretKeyLabel: 'Allwedd gyfrinachol',
  setupAppEnterCode: 'Rhowch y cod diogelwch 6 digid y mae’r ap yn ei ddangos.',
  appCodeLabel: 'Cod diogelwch o’r ap',

  accountCreatedTitle: 'Rydych wedi creu eich cyfrif',
  accountCreatedText: 'Gallwch nawr ddefnyddio eich cyfrif i fewngofnodi.',

  signInSmsTitle: 'Gwiriwch eich ffôn',
  signInAppTitle: 'Rhowch y cod diogelwch o’ch ap dilysu',

  resetTitle: 'Ailosod eich cyfrinair',
  resetIntro: 'Rhowch y cyfeiriad e-bost ar gyfer eich cyfrif. Byddwn yn anfon cod atoch.',
  resetDoneTitle: 'Rydych wedi newid eich cyfrinair',
  resetDoneText: 'Mewngofnodwch gyda’ch cyfrinair newydd.',

  signedOutTitle: 'Rydych wedi cael eich allgofnodi',
  signedOutText: 'Gallwch fewngofnodi eto unrhyw bryd.',
  timedOutTitle: 'Rydych wedi cael eich allgofnodi er eich diogelwch',
  timedOutText: 'Gwnaethom eich allgofnodi am nad oeddech wedi defnyddio’r gwasanaeth ers tro.',
  tooManyCodesTitle: 'Rydych wedi rhoi’r cod diogelwch anghywir gormod o weithiau',
  waitMinutes: (minutes: number) =>
    plural(minutes, 'cy', {
      zero: 'Arhoswch {n} munud, yna rhowch gynnig arall arni.',
      one: 'Arhoswch {n} munud, yna rhowch gynnig arall arni.',
      two: 'Arhoswch {n} funud, yna rhowch gynnig arall arni.',
      few: 'Arhoswch {n} munud, yna rhowch gynnig arall arni.',
      many: 'Arhoswch {n} munud, yna rhowch gynnig arall arni.',
      other: 'Arhoswch {n} munud, yna rhowch gynnig arall arni.',
    }),
  lockedTitle: 'Mae eich cyfrif wedi’i gloi',
  lockedText: 'Rydych wedi rhoi’r cyfrinair anghywir gormod o weithiau.',
  lockedWait: (minutes: number) =>
    plural(minutes, 'cy', {
      zero: 'Gallwch roi cynnig arall arni ymhen {n} munud, neu ailosod eich cyfrinair nawr.',
      one: 'Gallwch roi cynnig arall arni ymhen {n} munud, neu ailosod eich cyfrinair nawr.',
      two: 'Gallwch roi cynnig arall arni ymhen {n} funud, neu ailosod eich cyfrinair nawr.',
      few: 'Gallwch roi cynnig arall arni ymhen {n} munud, neu ailosod eich cyfrinair nawr.',
      many: 'Gallwch roi cynnig arall arni ymhen {n} munud, neu ailosod eich cyfrinair nawr.',
      other: 'Gallwch roi cynnig arall arni ymhen {n} munud, neu ailosod eich cyfrinair nawr.',
    }),
  resetPassword: 'Ailosod eich cyfrinair',
  problemTitle: 'Mae’n ddrwg gennym, mae problem wedi codi',
  problemText: 'Rhowch gynnig arall arni yn nes ymlaen.',
  tryAgain: 'Rhoi cynnig arall arni',

  signInWithOneLogin: 'Mewngofnodi gyda GOV.UK One Login',
  signInWith: (provider: string) => `Mewngofnodi gyda’ch cyfrif ${provider}`,

  emailMissing: 'Rhowch eich cyfeiriad e-bost',
  emailFormat: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
  passwordMissing: 'Rhowch eich cyfrinair',
  credentialsWrong: 'Nid yw eich cyfeiriad e-bost neu eich cyfrinair yn gywir',
  newPasswordMissing: 'Rhowch gyfrinair',
  passwordTooShort: 'Rhaid i’ch cyfrinair fod o leiaf 8 nod',
  passwordTooLong: 'Rhaid i’ch cyfrinair fod yn 256 nod neu lai',
  passwordCommon: 'Rhowch gyfrinair cryfach. Peidiwch â defnyddio cyfrineiriau cyffredin iawn, fel ‘cyfrinair’ neu gyfres o rifau',
  passwordIsEmail: 'Rhaid i’ch cyfrinair fod yn wahanol i’ch cyfeiriad e-bost',
  confirmMissing: 'Cadarnhewch eich cyfrinair',
  passwordsDiffer: 'Rhowch yr un cyfrinair yn y ddau flwch',
  codeMissing: 'Rhowch y cod diogelwch',
  codeLength: 'Rhaid i’r cod diogelwch fod yn 6 digid',
  codeNotDigits: 'Rhaid i’r cod diogelwch gynnwys rhifau yn unig',
  codeWrong: 'Nid yw’r cod diogelwch yn gywir neu mae wedi dod i ben. Rhowch gynnig arall arni neu anfonwch god newydd',
  appCodeWrong: 'Nid yw’r cod diogelwch yn gywir. Rhowch y cod y mae’r ap yn ei ddangos nawr',
  methodMissing: 'Dewiswch sut rydych eisiau cael codau diogelwch',
  phoneMissing: 'Rhowch rif ffôn symudol yn y DU',
  phoneFormat: 'Rhowch rif ffôn symudol yn y DU, fel 07700 900 982',
  phoneNotUk: 'Rhowch rif ffôn symudol yn y DU. Ar gyfer rhif o wlad arall, defnyddiwch ap dilysu',
  phoneNotMobile: 'Rhowch rif ffôn symudol. Ni allwn anfon negeseuon testun i linell dir',
} satisfies CatalogueOf<typeof en>;

export type AuthWords = typeof en;
export const authMessages: Catalogues<typeof en> = { en, cy };

/** Every reason a page's validation (or the provider) can give for a field. */
export const AUTH_ERROR_REASONS = [
  'emailMissing',
  'emailFormat',
  'passwordMissing',
  'credentialsWrong',
  'newPasswordMissing',
  'passwordTooShort',
  'passwordTooLong',
  'passwordCommon',
  'passwordIsEmail',
  'confirmMissing',
  'passwordsDiffer',
  'codeMissing',
  'codeLength',
  'codeNotDigits',
  'codeWrong',
  'appCodeWrong',
  'methodMissing',
  'phoneMissing',
  'phoneFormat',
  'phoneNotUk',
  'phoneNotMobile',
] as const satisfies readonly (keyof AuthWords)[];

export type AuthErrorReason = (typeof AUTH_ERROR_REASONS)[number];
