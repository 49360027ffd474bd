/**
 * Property tests run with a fixed seed, so a run on unchanged code gives the same result (CI
 * must not fail at random). `pnpm test:fuzz` runs them with fresh seeds and more runs; a seed
 * that fails there becomes a regression case in the test it broke.
 */
import fc from 'fast-check';

const fuzz = process.env['FUZZ'] !== undefined && process.env['FUZZ'] !== '';
fc.configureGlobal(fuzz ? { numRuns: 5_000 } : { seed: Number(process.env['FC_SEED'] ?? 20261126) });
