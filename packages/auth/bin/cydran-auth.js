#!/usr/bin/env node
// The cydran-auth command; @cydran/forms/cli-launcher says how it starts.
import { launchCli } from '@cydran/forms/cli-launcher';

await launchCli(new URL('..', import.meta.url));
