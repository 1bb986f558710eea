// Vite bundles stylesheets imported for their side effect (preview.ts loads
// the library's CSS this way); this tells TypeScript such imports exist.
declare module '*.css';
