/**
 * Upgrading a server-rendered component must not lose anything the person
 * did before the script arrived: typed text, ticked boxes, chosen files,
 * focus and caret. The element re-renders from its template, so we record
 * that state from the server markup first and put it back afterwards.
 */
type ControlElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface ControlState {
  value?: string;
  checked?: boolean;
  selected?: string[];
  files?: FileList | null;
}

export interface CarriedState {
  /** The author's own content (from a server render's content container, or the raw children). */
  content: Node[];
  controls: Map<string, ControlState>;
  focusKey: string | null;
  selection: [number | null, number | null] | null;
}

/** The nearest Cydran element that owns a node (its own host, for nodes it rendered). */
export function owningComponent(node: Node): Element | null {
  let current = node.parentElement;
  while (current && !current.localName.startsWith('cyd-')) current = current.parentElement;
  return current;
}

function controlKey(control: ControlElement): string {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    return `${control.name}=${control.value}`;
  }
  return control.id || control.name;
}

function readState(control: ControlElement): ControlState {
  if (control instanceof HTMLSelectElement) {
    return { selected: [...control.selectedOptions].map((o) => o.value) };
  }
  if (control instanceof HTMLInputElement) {
    if (control.type === 'checkbox' || control.type === 'radio') return { checked: control.checked };
    if (control.type === 'file') return { files: control.files };
  }
  return { value: control.value };
}

function writeState(control: ControlElement, state: ControlState): void {
  if (control instanceof HTMLSelectElement && state.selected) {
    for (const option of control.options) option.selected = state.selected.includes(option.value);
  } else if (control instanceof HTMLInputElement && state.checked !== undefined) {
    control.checked = state.checked;
  } else if (control instanceof HTMLInputElement && state.files !== undefined) {
    if (state.files && state.files.length > 0) control.files = state.files;
  } else if (state.value !== undefined && control.value !== state.value) {
    control.value = state.value;
  }
}

/** Native controls rendered by `host` itself (not those in author content or nested components). */
export function ownControls<T extends ControlElement = ControlElement>(host: Element, selector = 'input, select, textarea'): T[] {
  return [...host.querySelectorAll<T>(selector)].filter((control) => owningComponent(control) === host && !isInsideOwnContent(host, control));
}

function isInsideOwnContent(host: Element, node: Element): boolean {
  const container = node.closest('[data-cyd-content]');
  return !!container && owningComponent(container) === host;
}

/** The host's own content container, if its template has one. */
export function contentContainer(host: Element): Element | null {
  for (const candidate of host.querySelectorAll('[data-cyd-content]')) {
    if (owningComponent(candidate) === host) return candidate;
  }
  return null;
}

/**
 * All of the host's own content containers: `data-cyd-content` (the main
 * one) and `data-cyd-content="key"` (named regions, for components whose
 * author content goes to several places).
 */
export function contentContainers(host: Element): Element[] {
  return [...host.querySelectorAll('[data-cyd-content]')].filter((candidate) => owningComponent(candidate) === host);
}

/**
 * The region an author's node belongs to: the value of `regionAttribute` on
 * it (`data-reveal-for="email"`), or '' for the main container.
 */
export function regionOf(node: Node, regionAttribute: string | undefined): string {
  return regionAttribute && node instanceof Element ? (node.getAttribute(regionAttribute) ?? '') : '';
}

/** The element a template renders at the top of its host (`data-cyd-root`). */
export function isRenderedRoot(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-cyd-root');
}

/**
 * Records and removes `nodes` from `host`: a server render (`fromServer`:
 * the author's content is what sits in its content containers, and the
 * person's input is in its native controls) or the author's own children.
 */
export function takeExistingContent(host: HTMLElement, nodes: readonly Node[], fromServer: boolean): CarriedState {
  const controls = new Map<string, ControlState>();
  let focusKey: string | null = null;
  let selection: CarriedState['selection'] = null;
  let content: Node[];
  if (fromServer) {
    // Every content container: the main one and any named regions (a radio
    // option's conditional content), in document order.
    const containers = contentContainers(host);
    content = containers.flatMap((container) => [...container.childNodes]);
    const active = document.activeElement;
    for (const control of ownControls(host)) {
      const key = controlKey(control);
      controls.set(key, readState(control));
      if (control === active) {
        focusKey = key;
        if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
          try {
            selection = [control.selectionStart, control.selectionEnd];
          } catch {
            selection = null; // types without a caret (number, email in some browsers)
          }
        }
      }
    }
    for (const node of content) node.parentNode?.removeChild(node);
  } else {
    content = [...nodes];
  }
  for (const node of nodes) if (node.parentNode === host) host.removeChild(node);
  return { content, controls, focusKey, selection };
}

/**
 * Puts carried state back into the freshly rendered markup. Author nodes go
 * to the container of their region (see `regionOf`), else to the main one.
 * Returns the nodes with nowhere to go, for the element to report.
 */
export function restoreContent(host: HTMLElement, carried: CarriedState, regionAttribute?: string): Node[] {
  const containers = new Map<string, Element>();
  for (const container of contentContainers(host)) {
    const key = container.getAttribute('data-cyd-content') ?? '';
    if (!containers.has(key)) containers.set(key, container);
  }
  const unplaced: Node[] = [];
  for (const node of carried.content) {
    const target = containers.get(regionOf(node, regionAttribute)) ?? containers.get('');
    if (target) target.append(node);
    else unplaced.push(node);
  }
  for (const control of ownControls(host)) {
    const key = controlKey(control);
    const state = carried.controls.get(key);
    if (state) writeState(control, state);
    if (key === carried.focusKey) {
      control.focus();
      if (carried.selection && (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) {
        try {
          control.setSelectionRange(carried.selection[0], carried.selection[1]);
        } catch {
          // Not every input type has a caret.
        }
      }
    }
  }
  return unplaced;
}

/** Author content that is only white space or comments counts as none. */
export function hasMeaningfulContent(nodes: readonly Node[]): boolean {
  return nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''));
}
