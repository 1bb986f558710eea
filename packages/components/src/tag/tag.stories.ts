import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../tag/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { tagColours, tagDefinition, tagProps } from './tag.template.js';

type TagArgs = StoryArgs<typeof tagProps>;

const meta = {
  title: 'Components/Tag',
  component: 'cyd-tag',
  render: (args: TagArgs) => elementFromArgs(tagDefinition, args),
  args: { words: 'Completed', wordsCy: 'Wedi’i gwblhau' },
  argTypes: argTypesFor(tagProps),
} satisfies Meta<TagArgs>;

export default meta;
type Story = StoryObj<TagArgs>;

/** Blue, with no colour given. */
export const Default: Story = {};

export const Green: Story = { args: { colour: 'green' } };

export const Red: Story = { args: { colour: 'red', words: 'Urgent', wordsCy: 'Brys' } };

/** Every colour, each passing 4.5:1, with the task statuses of the standard terms. */
export const AllColours: Story = {
  render: () =>
    html`<p>${tagColours.map(
      (colour, index) =>
        html`<cyd-tag colour=${colour} text=${['Completed', 'In progress', 'Not yet started', 'Cannot start yet'][index % 4]!}
            text-cy=${['Wedi’i gwblhau', 'Ar y gweill', 'Heb ddechrau', 'Methu dechrau eto'][index % 4]!}></cyd-tag>
          `,
    )}</p>`,
};

/** A long Welsh status wraps inside a 320px screen. */
export const LongWelshAtNarrowWidth: Story = {
  args: { colour: 'grey', words: 'Cannot start yet', wordsCy: 'Methu dechrau eto nes bod yr adran flaenorol wedi’i chwblhau' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
