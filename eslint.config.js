// ESLint for the whole monorepo (flat config). `npm run lint` runs it with
// Prettier and lit-analyzer (scripts/lint.js); `npx eslint PATH` lints one
// file or folder. Why these rules and not others: docs/adr/0023-lint-and-format.md.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', 'packages/*/dist/', 'storybook-static/', 'coverage/', '.wtr-cache/', 'bench/results/', '.cydran-data/'],
  },
  {
    linterOptions: {
      // A disable comment that no longer disables anything is a stale excuse.
      reportUnusedDisableDirectives: 'error',
    },
  },
  js.configs.recommended,
  // The syntax-only set: the type-checked set took 88 s on this repository
  // (against about 25 s) and most of its findings came from @open-wc/testing's
  // `expect`, whose type does not resolve with chai 5's types (see the ADR).
  // tsc already runs with strict settings over the same files.
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // These scripts drive Chromium: the callbacks they hand to
    // page.evaluate run in the page, where the browser's globals exist;
    // generate-manifest imports the elements under a DOM shim.
    files: ['scripts/check-storybook.js', 'scripts/generate-manifest.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // The project's convention, as tsc's noUnusedParameters has it: a
      // leading underscore marks a parameter or binding kept on purpose (a
      // callback's signature, a property left out of a rest spread).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `interface CydX extends XProps {}` beside `class CydX` is how an
      // element's properties get their types from its props spec (one spec,
      // ADR 0005): the interface is empty by design and merges into the class.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      // The same props-spec interface merging as above; the class really has
      // every property, created by Lit from the spec (litProperties), which is
      // what this rule cannot see.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
);
