/**
 * Cydran's default theme: the single source of every design token.
 *
 * `tokens.css` is generated from this object (`npm run write-css -w @cydran/tokens`);
 * a Node test fails when the two drift apart. Colours are six-digit hex so the
 * contrast checks can read them without a colour parser.
 */

/** A value that changes at the tablet breakpoint: smaller screens get `mobile`. */
export interface Responsive {
  readonly mobile: string;
  readonly tablet: string;
}

export const colour = {
  /** Body text, headings, and the colour of pressed (active) links. */
  text: '#16191c',
  /** Hint text and other supporting copy. */
  secondaryText: '#4d565e',
  link: '#1a5e9e',
  linkVisited: '#5a2f8c',
  linkHover: '#0f3c66',
  linkActive: '#16191c',
  /** Focus highlight. Yellow stands out on light and dark surfaces alike. */
  focus: '#ffdd00',
  /** Text on the focus highlight, and the dark edge that gives focus 3:1 on light surfaces. */
  focusText: '#16191c',
  error: '#b3261e',
  success: '#0b6b3a',
  /**
   * Dividers and card edges. Held to 3:1 although purely decorative lines are
   * exempt, so component authors can use it for a meaningful boundary.
   */
  border: '#7d858c',
  inputBorder: '#16191c',
  /** Header and service-name strip. */
  brand: '#0b4f6c',
  brandText: '#ffffff',
  buttonPrimaryBackground: '#0b6b3a',
  buttonPrimaryText: '#ffffff',
  buttonSecondaryBackground: '#e7e9eb',
  buttonSecondaryText: '#16191c',
  buttonWarningBackground: '#b3261e',
  buttonWarningText: '#ffffff',
  /** Content surfaces, including the inside of form controls. */
  background: '#ffffff',
  /** The page behind content surfaces (footer, page edges). */
  templateBackground: '#f3f4f2',
  /** Confirmation panel shown when a service has been completed. */
  panelBackground: '#0b6b3a',
  panelText: '#ffffff',
  /** Status tags (cyd-tag, task list statuses): text on a pale tint of the same hue, each pair at least 4.5:1. */
  tagBlueText: '#0c2d4a',
  tagBlueBackground: '#d2e2f1',
  tagGreyText: '#2e3338',
  tagGreyBackground: '#e5e7e9',
  tagGreenText: '#0b4d2c',
  tagGreenBackground: '#d3ebdd',
  tagTurquoiseText: '#0d403c',
  tagTurquoiseBackground: '#cdeceb',
  tagLightBlueText: '#12405f',
  tagLightBlueBackground: '#e6f1fa',
  tagPurpleText: '#3d2375',
  tagPurpleBackground: '#e0d9ee',
  tagPinkText: '#6b1c40',
  tagPinkBackground: '#f3dfe8',
  tagRedText: '#7a1712',
  tagRedBackground: '#f6dad8',
  tagOrangeText: '#6e3619',
  tagOrangeBackground: '#fcdcca',
  tagYellowText: '#574b00',
  tagYellowBackground: '#fff5b8',
} as const;

export type ColourName = keyof typeof colour;

/**
 * Spacing steps `--cyd-space-0` … `--cyd-space-9`, in rem so spacing grows
 * with the reader's chosen text size, not only with page zoom.
 */
export const space = ['0', '0.25rem', '0.5rem', '0.75rem', '1rem', '1.25rem', '1.5rem', '2rem', '2.5rem', '3rem'] as const;

export const font = {
  /**
   * System fonts: nothing to download or license, and every family here has
   * the Welsh circumflexed letters ŵ and ŷ.
   */
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  weightRegular: '400',
  /** Labels: heavier than body text without shouting. Falls back to bold where the font has no 600. */
  weightSemibold: '600',
  weightBold: '700',
} as const;

/**
 * Type sizes in rem. Body text never drops below 1rem (16px by default)
 * because iOS zooms the page when a focused input's text is smaller.
 */
export const fontSize = {
  small: { mobile: '0.875rem', tablet: '1rem' },
  body: { mobile: '1rem', tablet: '1.1875rem' },
  headingS: { mobile: '1rem', tablet: '1.1875rem' },
  headingM: { mobile: '1.125rem', tablet: '1.5rem' },
  headingL: { mobile: '1.5rem', tablet: '2.25rem' },
  headingXl: { mobile: '2rem', tablet: '3rem' },
} as const satisfies Record<string, Responsive>;

export type FontSizeName = keyof typeof fontSize;

/** Unitless, so each line height follows its own font size under zoom. */
export const lineHeight = {
  small: '1.3',
  body: '1.35',
  headingS: '1.3',
  headingM: '1.25',
  headingL: '1.15',
  headingXl: '1.1',
} as const satisfies Record<FontSizeName, string>;

/**
 * Line and outline widths stay in px: browser zoom scales them, and a text-size
 * setting has no reason to thicken a border.
 */
export const focus = {
  width: '3px',
} as const;

export const borderWidth = {
  /** Dividers and panels. */
  default: '1px',
  /** Form controls: 2px reads as "you can type here". */
  input: '2px',
  /** An input in error is thicker as well as red, so the state is not carried by colour alone. */
  inputError: '4px',
  /** The bar down the left of a form group in error. */
  formGroupError: '5px',
} as const;

export const size = {
  /** Minimum height of single-line controls: a comfortable touch target. */
  controlHeight: '2.5rem',
  /** Longest comfortable line for labels, legends and hints. */
  readableWidth: '40em',
} as const;

/**
 * Breakpoints. Custom properties cannot be used in `@media` conditions
 * (`var()` is not allowed there), so stylesheets repeat these literal values;
 * the `--cyd-breakpoint-*` properties exist for scripts and documentation.
 * In em, so a reader who enlarges the default text size gets the narrow
 * layout sooner, as they would by zooming.
 */
export const breakpoint = {
  /** 641px at the default 16px text size. */
  tablet: '40.0625em',
  /** 769px at the default 16px text size. */
  desktop: '48.0625em',
} as const;

/** Everything above, as one typed object. */
export const tokens = {
  colour,
  space,
  font,
  fontSize,
  lineHeight,
  focus,
  borderWidth,
  size,
  breakpoint,
} as const;

export type Tokens = typeof tokens;
