/**
 * `@cydran/auth` has no code of its own at the root: import the part you use,
 * so a service that only signs people in never loads the provider.
 *
 * - `@cydran/auth/server`: the relying party (createAuthHandler, sessions).
 * - `@cydran/auth/provider`: Cydran's OpenID provider (createProvider, startProvider).
 * - `@cydran/auth/patterns`: the sign-in, account and session pages and their validation.
 */
export {};
