// Types of scripts/generate-manifest.js for the TypeScript tests that drive it.
import type { GeneratedFile } from './generate-components.js';

export const PACKAGE_DIR: string;
export const MANIFEST_FILE: string;
export const VSCODE_FILE: string;
export const WEB_TYPES_FILE: string;

export interface TypeText {
  text: string;
}
export interface Reference {
  name: string;
  module?: string;
  package?: string;
}
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type: TypeText;
  description: string;
  /** The attribute's value by default, as written in HTML (not JavaScript source). */
  default?: string;
}
export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  description: string;
  type?: TypeText;
  attribute?: string;
  default?: string;
  reflects?: boolean;
  readonly?: boolean;
  parameters?: { name: string; optional?: boolean; type: TypeText }[];
  return?: { type: TypeText };
  inheritedFrom?: Reference;
}
export interface ManifestEvent {
  name: string;
  description: string;
  type: TypeText;
  inheritedFrom?: Reference;
}
export interface ElementDeclaration {
  kind: 'class';
  name: string;
  description: string;
  tagName: string;
  customElement: true;
  superclass: Reference;
  attributes: ManifestAttribute[];
  members: ManifestMember[];
  events?: ManifestEvent[];
}
export interface ManifestExport {
  kind: 'js' | 'custom-element-definition';
  name: string;
  declaration: Reference;
}
export interface ManifestModule {
  kind: 'javascript-module';
  path: string;
  declarations: ElementDeclaration[];
  exports: ManifestExport[];
}
export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

export interface PackageInfo {
  name: string;
  version: string;
}

export interface VscodeValue {
  name: string;
}
export interface VscodeAttribute {
  name: string;
  description: { kind: 'markdown'; value: string };
  valueSet?: 'v';
  values?: VscodeValue[];
}
export interface VscodeTag {
  name: string;
  description: { kind: 'markdown'; value: string };
  attributes: VscodeAttribute[];
  references: { name: string; url: string }[];
}
export interface VscodeData {
  $schema: string;
  version: number;
  tags: VscodeTag[];
}

export interface WebTypesAttribute {
  name: string;
  description: string;
  value: { type: string; kind?: string; default?: string };
  values?: { name: string }[];
}
export interface WebTypesElement {
  name: string;
  description: string;
  'doc-url': string;
  source: { module: string; symbol: string };
  attributes: WebTypesAttribute[];
  js: { properties: { name: string; description: string; type?: string; 'read-only'?: boolean }[]; events: { name: string; description: string }[] };
}
export interface WebTypes {
  $schema: string;
  name: string;
  version: string;
  'description-markup': string;
  'js-types-syntax': string;
  contributions: { html: { elements: WebTypesElement[] } };
}

export interface RegisteredElement {
  folder: string;
  tag: string;
  element: CustomElementConstructor;
  spec: Record<string, { kind: string; attribute?: string; values?: readonly string[]; default?: unknown; reflect?: boolean }>;
  classModule: string;
  className: string;
  definitionModule: string | undefined;
  definitionName: string | undefined;
}

export function docsUrl(folder: string, pkg?: PackageInfo): string;
export function registeredElements(srcDir?: string): Promise<RegisteredElement[]>;
export function readmeDescriptions(readme: string): Map<string, string>;
export function buildManifest(): Promise<{ manifest: Manifest; undescribed: string[] }>;
export function elementsOf(manifest: Manifest): { declaration: ElementDeclaration; module: ManifestModule; folder: string }[];
export function enumValues(typeText: string): string[] | undefined;
export function vscodeData(manifest: Manifest, pkg?: PackageInfo): VscodeData;
export function webTypes(manifest: Manifest, pkg?: PackageInfo): WebTypes;
export function generatedManifestFiles(): Promise<{ files: GeneratedFile[]; undescribed: string[] }>;
