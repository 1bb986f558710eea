// Stylesheets imported for their side effect (Storybook, bundles).
declare module '*.css';
