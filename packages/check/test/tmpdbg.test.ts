import { it } from 'vitest';
import { readRegistryFile } from '../src/files/read.js';
import { fixtureFiles } from './helpers.js';
it('dbg', () => {
  const yaml = fixtureFiles()['reg/registry.yaml']!;
  const at = yaml.indexOf('\n  - id: ', yaml.indexOf('\ntasks:') + 1);
  const text = `${yaml.slice(0, at + 1)}${'  # 注释\n'.repeat(3)}${yaml.slice(at + 1)}`;
  const f = readRegistryFile('registry.yaml', text)!;
  console.log(f.problems, JSON.stringify(f.data).slice(0, 400));
  console.log(text.slice(0, 800));
});
