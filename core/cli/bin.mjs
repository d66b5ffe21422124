#!/usr/bin/env node
// The `yardstick` command. The CLI is TypeScript; tsx compiles it on load so there is no build step
// between editing core/ and running a report.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
