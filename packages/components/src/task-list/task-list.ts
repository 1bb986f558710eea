import type { PropertyValues } from 'lit';
import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { litProperties } from '../internal/props.js';
import { type TaskListProps, taskListDefinition, taskListProps, tasksFromContent } from './task-list.template.js';

/**
 * The tasks a person must do to finish an application, each a link with its
 * status ("Completed" / "Wedi’i gwblhau", "Cannot start yet" / "Methu
 * dechrau eto", …) and hint tied to it by `aria-describedby`.
 *
 * @tag cyd-task-list
 */
export class CydTaskList extends CydElement<typeof taskListProps> {
  static override definition = taskListDefinition;
  static override properties = litProperties(taskListProps);

  protected override createRenderRoot(): HTMLElement {
    // The tasks are data: the author's elements, or the <li>s a server
    // rendered (they carry both languages), read once unless `items` was set.
    if (this.items === undefined) {
      const rendered = [...this.children].some((child) => child.hasAttribute('data-cyd-root'));
      const items = tasksFromContent([...this.children].map(contentElementOf));
      if (items.length > 0) this.items = items;
      if (!rendered) for (const child of [...this.children]) child.remove();
    }
    return super.createRenderRoot();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!DEV_MODE) return;
    // Ids made from one prefix clash when two lists on a page share it.
    const prefix = this.idPrefix || 'task-list';
    const root = this.getRootNode();
    const others = root instanceof Document || root instanceof ShadowRoot ? [...root.querySelectorAll('cyd-task-list')] : [];
    if (others.some((other) => other !== this && (other.idPrefix || 'task-list') === prefix)) {
      reportDeveloperErrors(this, [
        `<cyd-task-list>: another task list on the page has id-prefix="${prefix}", so their hint and status ids clash. Give each list its own id-prefix="…".`,
      ]);
    }
  }

  /** Tasks a framework adds after the first render join the list. */
  protected override contentChanged(elements: ContentElement[]): void {
    this.items = [...(this.items ?? []), ...tasksFromContent(elements)];
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTaskList extends TaskListProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-task-list': CydTaskList;
  }
}
