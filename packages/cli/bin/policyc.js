#!/usr/bin/env node
// The installed entry point: the built CLI, bundled with the workspace's own packages
// (scripts/bundle.mjs). Inside this workspace, `pnpm policyc:src` runs the sources.
import { main } from '../dist/bundle/bin.js';
main();
