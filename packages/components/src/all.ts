// Defines every Cydran element: the entry of dist/cydran.js, the
// self-registering bundle for pages with no build step.
import './text-input.js';
