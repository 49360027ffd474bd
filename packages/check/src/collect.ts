import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let fullCollection: (() => void) | null | undefined;

/**
 * A full garbage collection, where a check has just let go of a large file (its text, its
 * data) or of a type-check slice, or a compile of its syntax tree or of an output it printed. V8
 * lets such garbage pile up to gigabytes before it collects in full: checking the registry of a
 * 20 MB policy peaked at 2.6 GB over a live heap under 0.8 GB. The collector is reached as test
 * runners reach it (Jest's leak detection): `--expose-gc` set at run time, `gc` read from a new
 * context. Where that is not possible, nothing is collected early: the work is the same, only
 * larger. A module of its own (`@policyc/check/collect`), so that the CLI's compile loads nothing
 * else of the checker.
 */
export function collectGarbage(): void {
  if (fullCollection === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      fullCollection = runInNewContext('gc') as () => void;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}

/** Characters of text (a file let go, a policy compiled) from which a full collection is worth its cost (tens of milliseconds). */
export const LARGE_TEXT = 4_000_000;
