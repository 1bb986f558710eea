// Lets one spec file run under Node's test runner and under web-test-runner's
// mocha: specs use the mocha-style globals, which Node's runner also provides.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
