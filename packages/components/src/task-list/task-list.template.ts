import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { textFromContent } from '../internal/content-text.js';
import { type ContentElement, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { taskListMessages } from './task-list.messages.js';

export const TASK_STATUSES = ['completed', 'in-progress', 'not-started', 'cannot-start', 'incomplete'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** One task. */
export interface TaskItem {
  title: Text;
  hint?: Text;
  /** Where the task is done; a task with none (it cannot start yet) is not a link. */
  href?: string;
  /** One of TASK_STATUSES; anything else is a developer error and shows as `incomplete`. */
  status: TaskStatus | (string & {});
  /** Words replacing the status's own ("Wedi’i chwblhau", "There is a problem"); the style stays the status's. */
  statusText?: Text;
}

export const taskListProps = {
  /** The tasks as JSON; without it, the elements inside are read (see README). */
  items: { kind: 'json', default: undefined as TaskItem[] | undefined },
  /** Starts each task's hint and status id: `<prefix>-1-hint`, `<prefix>-1-status`. Give each task list on a page its own. */
  idPrefix: { kind: 'string', default: 'task-list' },
  /** Replaces "Completed" / "Wedi’i gwblhau" for every task: "Wedi’i chwblhau" for feminine tasks. */
  completedText: { kind: 'text' },
} as const satisfies PropSpec;

export type TaskListProps = Props<typeof taskListProps>;

const messageKey = {
  completed: 'completed',
  'in-progress': 'inProgress',
  'not-started': 'notStarted',
  'cannot-start': 'cannotStart',
  incomplete: 'incomplete',
} as const satisfies Record<TaskStatus, keyof (typeof taskListMessages)['en']>;

function isStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && (TASK_STATUSES as readonly string[]).includes(value);
}

function statusWords(item: TaskItem, p: TaskListProps, locale: Locale): TemplateResult | string {
  if (item.statusText) return textIn(item.statusText, locale);
  if (item.status === 'completed' && p.completedText) return textIn(p.completedText, locale);
  return taskListMessages[locale][messageKey[isStatus(item.status) ? item.status : 'incomplete']];
}

function taskTemplate(item: TaskItem, index: number, p: TaskListProps, locale: Locale): TemplateResult {
  const prefix = p.idPrefix || 'task-list';
  const hintId = `${prefix}-${index + 1}-hint`;
  const statusId = `${prefix}-${index + 1}-status`;
  const hasHint = resolveText(item.hint, locale) !== '';
  const status = isStatus(item.status) ? item.status : 'incomplete';
  const title = textIn(item.title, locale);
  // Tags for what still needs doing; "Completed" and "Cannot start yet" as plain text, as GOV.UK does.
  const tagged = status === 'in-progress' || status === 'not-started' || status === 'incomplete';
  return html`<li class="cyd-task-list__item${item.href ? ' cyd-task-list__item--with-link' : ''}"
      data-status=${status} data-title=${ifDefined(textAttribute(item.title))} data-hint=${ifDefined(textAttribute(item.hint))}
      data-status-text=${ifDefined(textAttribute(item.statusText))} data-href=${ifDefined(item.href)}>
    <div class="cyd-task-list__name-and-hint">
      ${
        item.href
          ? html`<a class="cyd-link cyd-task-list__link" href=${item.href} aria-describedby=${hasHint ? `${hintId} ${statusId}` : statusId}>${title}</a>`
          : html`<div class="cyd-task-list__name">${title}</div>`
      }
      ${hasHint ? html`<div class="cyd-task-list__hint" id=${hintId}>${textIn(item.hint, locale)}</div>` : nothing}
    </div>
    <div class="cyd-task-list__status cyd-task-list__status--${status}" id=${statusId}>${
      tagged ? html`<strong class="cyd-task-list__tag cyd-task-list__tag--${status}">${statusWords(item, p, locale)}</strong>` : statusWords(item, p, locale)
    }</div>
  </li>`;
}

/** Author text in `name`, `name-cy`, `name-en` attributes: the plain `name` fills the languages not given. */
function attributeText(element: ContentElement, name: string, fallback?: string): Text | undefined {
  const given = element.attributes[name];
  return textFromContent(element, name, given !== undefined && !given.trimStart().startsWith('{') ? given : fallback);
}

/** A text as an attribute of the rendered task, both languages kept, so an upgrade reads it back (the task's text is more than its title). */
function textAttribute(text: Text | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  return typeof text === 'object' ? JSON.stringify(text) : text;
}

/** Reads the author's elements (or a server render's `<li>`s) into tasks: see the README for the attributes. */
export function tasksFromContent(content: ContentElement[]): TaskItem[] {
  const roots = content.flatMap((element) => ('data-cyd-root' in element.attributes ? element.children : [element]));
  return roots
    .filter((element) => element.tag !== 'template' && element.tag !== 'script')
    .map((element) => {
      const item: TaskItem = {
        title: attributeText(element, 'data-title', element.text) ?? element.text,
        status: element.attributes['data-status'] ?? 'incomplete',
      };
      const href = element.attributes.href ?? element.attributes['data-href'];
      if (href) item.href = href;
      const hint = attributeText(element, 'data-hint');
      if (hint) item.hint = hint;
      const statusText = attributeText(element, 'data-status-text');
      if (statusText) item.statusText = statusText;
      return item;
    });
}

/** The items given, leaving out anything that is not an object (hand-written JSON). */
function tasksOf(given: unknown): TaskItem[] {
  return Array.isArray(given) ? given.filter((entry): entry is TaskItem => typeof entry === 'object' && entry !== null) : [];
}

export const taskListDefinition = defineComponent({
  tag: 'cyd-task-list',
  props: taskListProps,
  template(p, locale) {
    const items = tasksOf(p.items);
    return html`<ul class="cyd-task-list" data-cyd-root>${items.map((item, index) => taskTemplate(item, index, p, locale))}</ul>`;
  },
  propsFromContent(content) {
    const items = tasksFromContent(content);
    return items.length > 0 ? { items } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const items = tasksOf(p.items);
        if (items.length === 0) {
          return [
            '<cyd-task-list> has no tasks. Put <a href="…" data-status="not-started" data-title-cy="…">…</a> elements inside it, or set items=\'[{"title": {"en": "…", "cy": "…"}, "href": "…", "status": "not-started"}]\'.',
          ];
        }
        const problems: string[] = [];
        items.forEach((item, index) => {
          const given = item.status;
          if (!isStatus(given)) {
            problems.push(
              `<cyd-task-list>: task ${index + 1} has status "${String(given)}", which is not one of ${TASK_STATUSES.join(', ')}. Use one of those (data-status or "status"), and status-text for other words.`,
            );
          }
          if (resolveText(item.title, 'en') === '')
            problems.push(`<cyd-task-list>: task ${index + 1} has no title. Give it text (and data-title-cy) or "title".`);
          if (!item.href && given !== 'cannot-start' && given !== 'completed' && isStatus(given)) {
            problems.push(`<cyd-task-list>: task ${index + 1} has no href, so it cannot be started. Give it href="…", or status "cannot-start".`);
          }
        });
        return problems;
      }
    : undefined,
});
