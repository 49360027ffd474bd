/**
 * The emitters on registries of long policies: the text is printed a piece at a time, and the
 * pieces joined are what printing the whole registry at once gives. Guards the memory a 20 MB
 * policy needs (issue 8): measured by `pnpm bench`, kept here by what the emitters build.
 */
import type { Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalRegistry, emitChunks, emitJson, emitTypeScript, emitYaml } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';

/** The small registry's tasks, units and targets repeated `times` times under new ids. */
function repeated(times: number): Registry {
  const registry = smallRegistry();
  const copy = <T extends { id: string }>(items: T[], n: number) => items.map((item) => ({ ...structuredClone(item), id: `${item.id}-${n}` }));
  for (let n = 1; n < times; n++) {
    registry.tasks.push(...copy(smallRegistry().tasks, n));
    registry.targets.push(...copy(smallRegistry().targets, n).map((target) => ({ ...target, partOf: null })));
  }
  // One unit leads every task and is named at every task: lists far longer than a printer's slice.
  const everyTask = registry.tasks.map((task) => task.id);
  registry.units[0] = { ...registry.units[0]!, leads: everyTask, occurrences: registry.tasks.map((task) => task.position) };
  return registry;
}

describe('emitting a long policy', () => {
  const registry = repeated(200);

  it('prints JSON in pieces that join to JSON.stringify of the canonical registry', () => {
    const odd = { ...registry, extra: [1, 'two', { b: 2, a: [] }], empty: [] } as unknown as Registry;
    for (const data of [registry, odd, smallRegistry()]) {
      expect(emitJson(data)).toBe(`${JSON.stringify(canonicalRegistry(data), null, 2)}\n`);
    }
  });

  it('prints every file in pieces, 16 list items at most, that join to the file', () => {
    for (const [name, chunks] of emitChunks(registry)) {
      const pieces = [...chunks];
      // registry.json prints a list's items a few at a time; the others an item at a time.
      const least = name === 'registry.schema.json' ? 0 : name === 'registry.json' ? registry.tasks.length / 16 : registry.tasks.length;
      const most = name === 'registry.schema.json' ? Infinity : name === 'registry.json' ? 400_000 : 200_000;
      expect(pieces.length, name).toBeGreaterThan(least);
      expect(Math.max(...pieces.map((piece) => piece.length)), name).toBeLessThan(most);
    }
  });

  it('prints a long list inside a list item (a unit\'s tasks) line for line as a short one', () => {
    const text = emitYaml(registry);
    expect(parse(text)).toEqual(JSON.parse(emitJson(registry)));
    // The same ids, each the only lead of a unit of its own: printed by the printer as part of the item.
    const spread = smallRegistry();
    spread.units = registry.tasks.map((task, i) => ({ ...smallRegistry().units[0]!, id: `u${i}`, name: `u${i}`, leads: [task.id], occurrences: [task.position] }));
    const short = emitYaml(spread);
    const block = (yaml: string, key: string) => yaml.split('\n').filter((line) => line.startsWith(`      - ${key}`) || line.startsWith(`      - start:`) || line.startsWith('        end:'));
    const long = text.slice(text.indexOf('\nunits:'), text.indexOf('\ntargets:'));
    const shortUnits = short.slice(short.indexOf('\nunits:'), short.indexOf('\ntargets:'));
    expect(block(long, 'task-').length).toBeGreaterThan(600);
    expect(block(long, 'task-').join('\n')).toContain(block(shortUnits, 'task-').filter((line) => line.includes('task-')).join('\n'));
  });

  it('writes registry.ts of a long policy with every task after the declarations', () => {
    // No ts-morph at emit time (test/startup.test.ts checks the CLI loads none for --format ts):
    // the declarations were printed at build time, the data is printed here as text.
    const output = emitTypeScript(registry);
    const declarations = output.indexOf('export interface Registry');
    expect(declarations).toBeGreaterThan(0);
    for (const task of [registry.tasks[0]!, registry.tasks.at(-1)!]) expect(output.indexOf(`id: '${task.id}'`)).toBeGreaterThan(declarations);
  });
});
