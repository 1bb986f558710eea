// Types of scripts/generate-react.js for the TypeScript tests that drive it.
import type { GeneratedFile } from './generate-components.js';
import type { ElementDeclaration, Manifest, ManifestEvent } from './generate-manifest.js';

export const REACT_DIR: string;
export const GENERATED_DIR: string;
export const MANIFEST_FILE: string;
export const GENERATED_HEADER: string;

export interface WrappedElement {
  tagName: string;
  /** The folder of the element's define module: `@cydran/components/<folder>`, `@cydran/react/<folder>`. */
  folder: string;
  className: string;
  declaration: ElementDeclaration;
  /** The manifest's events (a form control's include the native input and change it passes on). */
  events: Pick<ManifestEvent, 'name' | 'description' | 'type'>[];
  /** The wrapper's export name: `TextInput`. */
  wrapper: string;
}

export function wrapperName(tagName: string): string;
export function eventProp(eventName: string): string;
export function manifestElements(manifest?: Manifest, componentsExports?: Record<string, unknown>): WrappedElement[];
export function wrapperModule(element: WrappedElement): string;
export function indexModule(elements: WrappedElement[]): string;
export function packageExports(elements: WrappedElement[]): Record<string, unknown>;
/** `wanted` undefined: a file that is no longer generated, to delete. */
export function generatedReactFiles(options?: {
  manifest?: Manifest;
  componentsExports?: Record<string, unknown>;
}): (Omit<GeneratedFile, 'wanted'> & { wanted: string | undefined })[];
