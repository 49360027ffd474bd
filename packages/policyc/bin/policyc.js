#!/usr/bin/env node
// `npx policyc`: the command line of @policyc/cli, so installing `policyc` alone gives the command.
// Its `bin` entry rather than the package's index, which loads the emitters even for `--help`.
import { main } from '@policyc/cli/bin';
main();
