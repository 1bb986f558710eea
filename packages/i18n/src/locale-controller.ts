import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './locale.js';
import { languageRoots, resolveLocale } from './resolve.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One MutationObserver per root (document or shadow root) watches `lang`
 * anywhere below it; each knows the hosts that depend on it. A change to any
 * ancestor's `lang` — including across shadow boundaries — reaches every
 * dependent host, which re-renders only if its own language changed.
 */
const watchers = new WeakMap<Node, { observer: MutationObserver; hosts: Set<LocaleController> }>();

function watch(root: Node, controller: LocaleController): void {
  let entry = watchers.get(root);
  if (!entry) {
    const hosts = new Set<LocaleController>();
    const observer = new MutationObserver(() => {
      for (const c of [...hosts]) c.refresh();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, hosts };
    watchers.set(root, entry);
  }
  entry.hosts.add(controller);
}

function unwatch(root: Node, controller: LocaleController): void {
  const entry = watchers.get(root);
  if (!entry) return;
  entry.hosts.delete(controller);
  if (entry.hosts.size === 0) {
    entry.observer.disconnect();
    watchers.delete(root);
  }
}

/**
 * The language of a Lit element, live. Every Cydran component has one:
 *
 *   private readonly lang$ = new LocaleController(this);
 *   render() { return template(this.props, this.lang$.locale); }
 */
export class LocaleController implements ReactiveController {
  #locale: Locale;
  #roots: Node[] = [];

  constructor(
    private readonly host: Host,
    private readonly onChange?: (locale: Locale, previous: Locale) => void,
  ) {
    this.#locale = resolveLocale(host);
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    this.#roots = languageRoots(this.host);
    for (const root of this.#roots) watch(root, this);
    this.refresh();
  }

  hostDisconnected(): void {
    for (const root of this.#roots) unwatch(root, this);
    this.#roots = [];
  }

  /** Re-reads the language; asks the host to update when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.#locale) return;
    const previous = this.#locale;
    this.#locale = next;
    this.host.requestUpdate();
    this.onChange?.(next, previous);
  }
}
