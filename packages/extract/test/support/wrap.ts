/** The width at which texts' lines were wrapped, as `extractTargets` finds it: its blocks scanned into one tally. */
import { scanBlock, WrapTally } from '../../src/targets/scan.js';

export function wrapWidth(texts: string[]): number | null {
  const tally = new WrapTally();
  for (const text of texts) scanBlock(text, tally);
  return tally.width();
}
