/**
 * `pnpm bench`: throughput and timings, printed. A benchmark, not a test: nothing here fails on
 * a slow machine; compare runs on the same machine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'policyc';
import { cliTime } from './cli.js';
import { benchEmitCheck } from './emit-check.js';
import { compareWithRecognizers } from './recognizers.js';
import { throughput } from './throughput.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reference = join(root, 'examples/qinghai-pharma/qinghai-pharma.txt');
const corpus = resolve(root, '../shared/corpus');

const section = (title: string) => console.log(`\n## ${title}\n`);

section('Parse and extract throughput, beside the goals of issue 9');
console.log(throughput(reference));

section('Emit and check (reference example)');
const text = readFileSync(reference, 'utf8');
const { registry } = compile({ path: reference, value: text });
await benchEmitCheck(registry, { label: 'qinghai-pharma', source: { path: 'qinghai-pharma.txt', text } });

section('End-to-end CLI');
console.log(cliTime(root, reference));

section('Memory: a 20 MB compile and its check');
console.log((await import('./memory.js')).memoryUse(root, reference));

section('Memory: the HTML report at 2 and 20 MB');
console.log((await import('./report-memory.js')).reportMemory(root, reference));

section('Batch compile: a folder of 1,000 documents, --jobs 1 and one per core');
console.log((await import('./batch.js')).batchThroughput(root, corpus));

section('Targets: policyc and Microsoft Recognizers-Text on the shared corpus');
console.log(await compareWithRecognizers(corpus));

section('Trace and diff over a 100-document folder');
console.log((await import('./compare.js')).benchCompare(corpus));
