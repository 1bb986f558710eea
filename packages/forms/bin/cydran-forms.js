#!/usr/bin/env node
// The cydran-forms command; bin/launch.js says how it starts.
import { launchCli } from './launch.js';

await launchCli(new URL('..', import.meta.url));
