export * from './tokens.js';
export * from './css.js';
export * from './contrast.js';
