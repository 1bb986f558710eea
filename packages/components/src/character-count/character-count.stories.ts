import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../character-count.js';
import type { CydCharacterCount } from './character-count.js';

/** The attributes a story sets, each author text in both languages. */
interface CharacterCountArgs {
  name: string;
  label: string;
  labelCy: string;
  hint?: string;
  hintCy?: string;
  error?: string;
  errorCy?: string;
  value?: string;
  maxlength?: number;
  maxwords?: number;
  threshold?: number;
  rows?: number;
  required?: boolean;
  disabled?: boolean;
}

const renderCharacterCount = (args: CharacterCountArgs) => html`<cyd-character-count
  name=${args.name}
  label=${args.label}
  label-cy=${args.labelCy}
  hint=${ifDefined(args.hint)}
  hint-cy=${ifDefined(args.hintCy)}
  error=${ifDefined(args.error)}
  error-cy=${ifDefined(args.errorCy)}
  value=${ifDefined(args.value)}
  maxlength=${ifDefined(args.maxlength)}
  maxwords=${ifDefined(args.maxwords)}
  threshold=${ifDefined(args.threshold)}
  rows=${ifDefined(args.rows)}
  ?required=${args.required ?? false}
  ?disabled=${args.disabled ?? false}
></cyd-character-count>`;

const meta = {
  title: 'Components/Character count',
  component: 'cyd-character-count',
  render: renderCharacterCount,
  args: {
    name: 'job-description',
    label: 'Describe your job',
    labelCy: 'Disgrifiwch eich swydd',
    maxlength: 200,
  },
} satisfies Meta<CharacterCountArgs>;

export default meta;
type Story = StoryObj<CharacterCountArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    hint: 'Include your main duties and who you work with',
    hintCy: 'Cynhwyswch eich prif ddyletswyddau a gyda phwy rydych yn gweithio',
  },
};

export const WordLimit: Story = {
  args: { maxlength: undefined, maxwords: 150, label: 'Why do you want to volunteer?', labelCy: 'Pam ydych chi eisiau gwirfoddoli?' },
};

/** The count only appears once the answer is three-quarters of the limit. */
export const WithThreshold: Story = {
  args: { maxlength: 112, threshold: 75, value: 'Cyfieithydd yn y Senedd' },
};

/** Over the limit: the count is an error at once; submitting shows the error message too. */
export const OverTheLimit: Story = {
  args: {
    maxlength: 20,
    value: 'Rwy’n gweithio fel nyrs ardal yng Ngwynedd',
  },
  play: async ({ canvasElement }) => {
    const count = canvasElement.querySelector<CydCharacterCount>('cyd-character-count');
    count?.validate();
    await count?.updateComplete;
  },
};

export const WithServerError: Story = {
  args: {
    error: 'Enter a description of your job',
    errorCy: 'Rhowch ddisgrifiad o’ch swydd',
  },
};

export const Disabled: Story = {
  args: { value: 'District nurse', disabled: true },
};

export const Prefilled: Story = {
  args: { value: 'I am a district nurse in Gwynedd.' },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Tell us about any changes to your circumstances since your last application',
    labelCy: 'Dywedwch wrthym am unrhyw newidiadau i’ch amgylchiadau ers eich cais diwethaf',
    maxlength: 10,
    value: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
