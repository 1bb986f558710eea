import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../task-list/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { type TaskItem, taskListDefinition, taskListProps } from './task-list.template.js';

type TaskListArgs = StoryArgs<typeof taskListProps>;

const task = (en: string, cy: string, status: TaskItem['status'], extra: Partial<TaskItem> = {}): TaskItem => ({
  title: { en, cy },
  href: status === 'cannot-start' ? undefined : `#${en.toLowerCase().replaceAll(' ', '-')}`,
  status,
  ...extra,
});

const application: TaskItem[] = [
  task('Your details', 'Eich manylion', 'completed'),
  task('Your address', 'Eich cyfeiriad', 'in-progress', {
    hint: { en: 'Where you have lived for the last 3 years', cy: 'Ble rydych chi wedi byw dros y 3 blynedd diwethaf' },
  }),
  task('Upload documents', 'Lanlwytho dogfennau', 'not-started'),
  task('Check your answers', 'Gwirio eich atebion', 'cannot-start'),
];

const meta = {
  title: 'Components/Task list',
  component: 'cyd-task-list',
  render: (args: TaskListArgs) => elementFromArgs(taskListDefinition, args),
  args: { items: application },
  argTypes: argTypesFor(taskListProps),
} satisfies Meta<TaskListArgs>;

export default meta;
type Story = StoryObj<TaskListArgs>;

/** Completed, in progress, not yet started and cannot start yet; a hint on one task. */
export const Default: Story = {};

/** Every task done. */
export const AllCompleted: Story = {
  args: { items: application.map((item) => ({ ...item, status: 'completed', href: item.href ?? '#check' })) },
};

/** A task with a problem: the author's own status words, styled as "incomplete". */
export const Incomplete: Story = {
  args: {
    items: [
      task('Your details', 'Eich manylion', 'completed'),
      task('Evidence of income', 'Tystiolaeth o incwm', 'incomplete'),
      task('Payment', 'Taliad', 'incomplete', { statusText: { en: 'There is a problem', cy: 'Mae problem wedi codi' } }),
    ],
  },
};

/** Feminine tasks (tasg, adran): "Wedi’i chwblhau", given with completed-text-cy. */
export const FeminineAgreement: Story = {
  args: { completedText: 'Completed', completedTextCy: 'Wedi’i chwblhau', items: application.slice(0, 2).map((item) => ({ ...item, status: 'completed' })) },
};

/** Tasks written as links inside the element (read as data, so the server and the browser render the same). */
export const FromContent: Story = {
  args: { items: undefined },
  render: (args: TaskListArgs) =>
    elementFromArgs(
      taskListDefinition,
      args,
      `<a href="#name" data-title-cy="Eich enw" data-status="completed">Your name</a>
       <a href="#contact" data-title-cy="Eich manylion cyswllt" data-hint="Email and phone" data-hint-cy="E-bost a ffôn" data-status="not-started">Your contact details</a>
       <span data-title-cy="Talu" data-status="cannot-start">Pay</span>`,
    ),
};
