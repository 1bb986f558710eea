import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../character-count/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { characterCountDefinition, characterCountProps } from './character-count.template.js';
import type { CydCharacterCount } from './character-count.js';

type CharacterCountArgs = StoryArgs<typeof characterCountProps>;

const renderCharacterCount = (args: CharacterCountArgs) => elementFromArgs(characterCountDefinition, args);

const meta = {
  title: 'Components/Character count',
  component: 'cyd-character-count',
  render: renderCharacterCount,
  argTypes: argTypesFor(characterCountProps),
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
  args: { maxlength: 112, threshold: 75, defaultValue: 'Cyfieithydd yn y Senedd' },
};

/** Over the limit: the count is an error at once; submitting shows the error message too. */
export const OverTheLimit: Story = {
  args: {
    maxlength: 20,
    defaultValue: 'Rwy’n gweithio fel nyrs ardal yng Ngwynedd',
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
  args: { defaultValue: 'District nurse', disabled: true },
};

export const Prefilled: Story = {
  args: { defaultValue: 'I am a district nurse in Gwynedd.' },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Tell us about any changes to your circumstances since your last application',
    labelCy: 'Dywedwch wrthym am unrhyw newidiadau i’ch amgylchiadau ers eich cais diwethaf',
    maxlength: 10,
    defaultValue: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
