/**
 * Whether this copy of Cydran runs its developer checks: the messages that
 * tell a developer which attribute is wrong, missing in one language, or
 * content with no place, and the checks behind them. They help while a
 * service is built and cost every citizen's phone bytes in production, so,
 * as Lit does with its dev mode, they are in development builds only
 * (docs/adr/0009-development-build-checks.md):
 *
 * - this source module says `true`: tests, Storybook and anything using the
 *   `source` condition run every check;
 * - rollup's browser bundles replace it (rollup.config.js `devMode`):
 *   dist/cydran.js and dist/cydran-schemas.js get `false`, and minifying
 *   drops every `if (DEV_MODE)` branch; dist/cydran.dev.js gets `true`;
 * - in the per-module dist/ it re-exports `@cydran/components/dev-mode`,
 *   whose `development` export condition gives `true` and whose default
 *   gives `false`, so an application's bundler picks by its own mode (Vite,
 *   webpack and esbuild set `development` when serving; Lit resolves the same way).
 *
 * Guard only reporting, never behaviour: what a person sees and submits
 * must not depend on it.
 */
export const DEV_MODE: boolean = true;
