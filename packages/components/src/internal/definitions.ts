import type { ComponentDefinition } from './definition.js';
import { textInputDefinition } from '../text-input/text-input.template.js';

/**
 * Every component the server renderer knows, by tag. Adding a component?
 * Add its definition here too, so `expandHTML` can render it.
 */
export const definitions: readonly ComponentDefinition<any>[] = [textInputDefinition];
