// `node --import ./test/server/without-packages.mjs …` runs as if the packages
// named in CYDRAN_HIDE_PACKAGES (comma-separated) were not installed: Node
// reports them as it reports any package it cannot find.
import { register } from 'node:module';

register('./without-packages.hooks.mjs', import.meta.url, { data: (process.env.CYDRAN_HIDE_PACKAGES ?? '').split(',').filter(Boolean) });
