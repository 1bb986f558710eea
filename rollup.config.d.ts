// Types of rollup.config.js for the TypeScript that reuses its settings (bench/).
import type { Plugin, RollupOptions } from 'rollup';

export const MODULE_PACKAGES: readonly string[];
export function packageDir(name: string): string;
export function shippedSources(name: string): string[];
export function modulesConfig(name: string): RollupOptions;
export function browserResolve(options?: { development?: boolean }): Plugin;
export function browserBundleConfig(options: { input: string; file?: string; plugins?: Plugin[]; development?: boolean }): RollupOptions;
export const DEV_MODE_MODULE: string;
export function devMode(on: boolean): Plugin;
export function cydranDevBundleConfig(): RollupOptions;
export function cydranBundleConfig(): RollupOptions;
export function cydranSchemasBundleConfig(): RollupOptions;
export const BUNDLE_FILES: readonly string[];
export const VIRTUAL_ENTRY: string;
export function virtualEntry(code: string): Plugin;
declare const configs: RollupOptions[];
export default configs;
