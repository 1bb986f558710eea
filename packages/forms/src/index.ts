/**
 * @cydran/forms: bilingual forms and surveys from one typed definition.
 * The runner is `@cydran/forms/server`, storage `@cydran/forms/storage`.
 */
export * from './definition/index.js';
export * from './engine/index.js';
