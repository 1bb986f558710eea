import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { CydElement } from '@cydran/components';
import { serverAttributes } from './server-attributes.js';

type EventNames = Record<string, EventName | string>;
/** The events of the one implementation: any wrapper's, which it only passes on. */
type NoEvents = Record<never, string>;

/** The props spec of an element class: the one list of its public properties (ADR 0005). */
type SpecOf<I> = I extends CydElement<infer S> ? S : never;

/** The element's own public properties, from its props spec, each optional. */
export type SpecProps<I> = Partial<Pick<I, Extract<keyof SpecOf<I>, keyof I>>>;

/** A handler prop per event: typed by the event's `EventName` brand, else `Event`. */
export type EventHandlers<E extends EventNames> = {
  [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : (event: Event) => void;
};

/**
 * A wrapper's props: React's HTML attributes (`id`, `className`, `lang`,
 * `aria-*`, `children`…), the element's props spec, and its events.
 */
export type WrapperProps<I extends CydElement, E extends EventNames> = Omit<React.HTMLAttributes<I>, keyof E | keyof SpecProps<I>> &
  EventHandlers<E> &
  SpecProps<I>;

/** A React component for one cyd-* element; its `ref` is the element. */
export type CydranWrapper<I extends CydElement, E extends EventNames> = React.ForwardRefExoticComponent<
  React.PropsWithoutRef<WrapperProps<I, E>> & React.RefAttributes<I>
>;

/** Content React leaves alone; an unchanged `__html` is never written again. */
const NOT_REACTS = { __html: '' };

export interface WrapperOptions<I extends CydElement, E extends EventNames> {
  tagName: `cyd-${string}`;
  /** The registered class; its static `definition.props` is the props spec. */
  elementClass: (new () => I) & Pick<typeof CydElement, 'definition'>;
  events: E;
  displayName: string;
}

/**
 * A React component for a cyd-* element. In a browser it is `@lit/react`'s
 * wrapper: props of the spec are set as properties, events are listened to
 * on the element. With no DOM (react-dom/server), properties cannot be set,
 * so `@lit/react` would drop them and the server markup would lose the
 * label, the options and the error; instead the props are written as the
 * attributes the spec reads, which `expandHTML` from
 * `@cydran/components/server` then renders in full.
 */
export function createWrapper<I extends CydElement, E extends EventNames>(options: WrapperOptions<I, E>): CydranWrapper<I, E>;
// One implementation for every element: TypeScript cannot relate @lit/react's generic prop types to
// the narrower ones above for an unknown element, but it can for the base class, which this checks.
export function createWrapper(options: WrapperOptions<CydElement, NoEvents>): CydranWrapper<CydElement, NoEvents> {
  const { tagName, elementClass, events, displayName } = options;
  if (typeof document !== 'undefined') {
    const LitWrapper = createComponent({ react: React, tagName, elementClass, events, displayName });
    // The element renders its own light DOM (label, hint, input). Told that its
    // content is not React's, React never hydrates it against the server's
    // expanded markup (a mismatch that would rebuild the tree and lose what was
    // typed) nor touches it on a re-render. An element given children keeps
    // them as React's: they are the author's content the element places.
    const ClientWrapper = React.forwardRef<CydElement, WrapperProps<CydElement, NoEvents>>((props, ref) =>
      React.createElement(LitWrapper, props.children == null ? { ...props, ref, dangerouslySetInnerHTML: NOT_REACTS } : { ...props, ref }),
    );
    ClientWrapper.displayName = displayName;
    return ClientWrapper;
  }
  const eventProps = new Set(Object.keys(events));
  const spec = elementClass.definition.props;
  const ServerWrapper = React.forwardRef<CydElement, WrapperProps<CydElement, NoEvents>>((props, _ref) =>
    React.createElement(tagName, serverAttributes(displayName, spec, props, eventProps)),
  );
  ServerWrapper.displayName = displayName;
  return ServerWrapper;
}
