import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
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
