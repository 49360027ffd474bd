#!/usr/bin/env node
// The installed entry point: the built CLI. Inside this workspace, `pnpm policyc` runs the sources.
import { main } from '../dist/bin.js';
main();
