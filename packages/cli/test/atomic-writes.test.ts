/**
 * A run that dies while writing leaves the previous outputs whole. The death is simulated by a
 * file system whose writes fail half-way (after writing part of the content, as a killed process
 * would leave it); the real file system does everything else. Also EACCES, which a test running
 * as root cannot provoke with permissions.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/run.js';

const failure = vi.hoisted(() => ({ writeAfter: Infinity, mkdir: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  let writes = 0;
  return {
    ...real,
    async writeFile(path: string, content: string) {
      if (writes++ >= failure.writeAfter) {
        await real.writeFile(path, content.slice(0, content.length >> 1));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', path });
      }
      return real.writeFile(path, content);
    },
    // Outputs are written a piece at a time through a file handle: the first piece fails half-way.
    async open(path: string, flags?: string) {
      const handle = await real.open(path, flags);
      if (writes++ < failure.writeAfter) return handle;
      return {
        async write(content: string) {
          await handle.write(content.slice(0, content.length >> 1));
          throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', path });
        },
        close: () => handle.close(),
      };
    },
    async mkdir(path: string, options?: object) {
      if (failure.mkdir) throw Object.assign(new Error(`${failure.mkdir}: mkdir '${path}'`), { code: failure.mkdir, path });
      return real.mkdir(path, options);
    },
  };
});

afterEach(() => {
  failure.writeAfter = Infinity;
  failure.mkdir = undefined;
});

const policy = (marker: string) => `关于推进${marker}工作的实施方案

一、重点任务
（一）推进${marker}改造。到2026年，完成改造项目30个。（牵头单位：市工业和信息化局）
`;

async function cli(cwd: string, ...argv: string[]) {
  let stderr = '';
  const code = await run(argv, { stdout: () => {}, stderr: (s) => (stderr += s), cwd });
  return { code, stderr };
}

describe('policyc compile --out: atomic writes', () => {
  it.each([0, 2, 4])('a run failing at write %i leaves every previous file whole and no temp file behind', async (at) => {
    const root = mkdtempSync(join(tmpdir(), 'policyc-atomic-'));
    writeFileSync(join(root, 'p.txt'), policy('甲'));
    expect((await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet')).code).toBe(0);
    const before = Object.fromEntries(readdirSync(join(root, 'd')).map((name) => [name, readFileSync(join(root, 'd', name), 'utf8')]));

    writeFileSync(join(root, 'p.txt'), policy('乙'));
    failure.writeAfter = at;
    const { code, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^policyc: cannot write d\/registry\.(?:json|yaml|ts|schema\.json): no space left on the device\n$/u);
    const after = Object.fromEntries(readdirSync(join(root, 'd')).map((name) => [name, readFileSync(join(root, 'd', name), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('the temp files of a killed run are removed by the next run; a live writer\'s are kept', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policyc-atomic-'));
    writeFileSync(join(root, 'p.txt'), policy('甲'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(root, 'd'));
    const stale = `.registry.json.${dead}.0badf00d.tmp`;
    const live = `.registry.yaml.${process.ppid}.0badf00d.tmp`;
    for (const name of [stale, live, 'notes.tmp']) writeFileSync(join(root, 'd', name), 'partial');
    expect((await cli(root, 'compile', 'p.txt', '--out', 'd', '--quiet')).code).toBe(0);
    const names = readdirSync(join(root, 'd'));
    expect(names).not.toContain(stale);
    expect(names).toEqual(expect.arrayContaining([live, 'notes.tmp', 'registry.json']));
  });

  it('a mkdir refused with EACCES: one line naming the folder, exit 2', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policyc-atomic-'));
    writeFileSync(join(root, 'p.txt'), policy('甲'));
    failure.mkdir = 'EACCES';
    const { code, stderr } = await cli(root, 'compile', 'p.txt', '--out', 'ro/d', '--quiet');
    expect([code, stderr]).toEqual([2, 'policyc: cannot write ro/d: permission denied\n']);
  });
});
