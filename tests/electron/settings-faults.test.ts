/**
 * What the settings store promises under faults (docs/desktop.md, "When the disk fails"): in every
 * run settings.json parses at the end and nothing the person set is lost, whatever the file
 * system does: read and write errors injected through the store's file-system seam, writers
 * killed mid-write, writers racing each other.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import {
  createSettingsStore,
  loadSettings,
  openSettingsStore,
  settingsPath,
} from '../../electron/settings-store';
import { faultyFs, type FaultOp } from './faulty-fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'palette-faults-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = async () => (await readdir(dir)).sort();
const onDisk = async () => JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Settings;
const mine: Settings = {
  ...DEFAULT_SETTINGS,
  hotkey: 'Ctrl+Shift+K',
  theme: 'dark',
  favourites: [404, 429],
};
const isSettingsFile = (path: string) => path === settingsPath(dir);
const isTemporary = (path: string) => path.endsWith('.tmp');

describe('a settings file that cannot be read', () => {
  it.each([
    ['open', 'EACCES'],
    ['open', 'EIO'],
    ['open', 'EMFILE'],
    ['lstat', 'EIO'],
    ['read', 'EIO'],
  ] as const)(
    '%s failing with %s: never written over, defaults in memory, moved aside at the first change',
    async (op, code) => {
      const text = JSON.stringify(mine);
      await writeFile(settingsPath(dir), text);
      const fs = faultyFs([{ op, code, path: isSettingsFile, times: 1 }]);
      const logged: string[] = [];
      const { store, loaded } = await openSettingsStore({
        dir,
        fs,
        log: (m) => logged.push(m),
        now: () => new Date('2025-03-04T05:06:07Z'),
      });
      await store.flushed();
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.notice).toContain(code);
      expect(loaded.notice).toMatch(/using the defaults/);
      expect(await files()).toEqual(['settings.json']);
      expect(await readFile(settingsPath(dir), 'utf8')).toBe(text);

      const changed = { ...store.get(), copyFormat: 'go' as const };
      expect(await store.set(changed)).toEqual({ ok: true });
      expect(await files()).toEqual(['settings.broken-2025-03-04T05-06-07.json', 'settings.json']);
      expect(await readFile(join(dir, 'settings.broken-2025-03-04T05-06-07.json'), 'utf8')).toBe(
        text,
      );
      expect(await onDisk()).toEqual(changed);
      // Only the first change moves it; later ones just save.
      expect(await store.set({ ...changed, theme: 'light' })).toEqual({ ok: true });
      expect((await files()).length).toBe(2);
    },
  );

  it('refuses to save while it cannot be moved aside, and keeps the change in memory', async () => {
    const text = JSON.stringify(mine);
    await writeFile(settingsPath(dir), text);
    const fs = faultyFs([
      { op: 'open', code: 'EIO', path: isSettingsFile, times: 1 },
      { op: 'link', code: 'EIO', times: 1 },
    ]);
    const { store } = await openSettingsStore({ dir, fs });
    const changed = { ...store.get(), theme: 'dark' as const };
    expect(await store.set(changed)).toEqual({
      ok: false,
      message: expect.stringMatching(/EIO/),
    });
    expect(store.get()).toEqual(changed);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(text);
    // The disk recovers: the next change moves the file aside, then saves.
    expect(await store.set(changed)).toEqual({ ok: true });
    expect(await onDisk()).toEqual(changed);
    expect(await files()).toHaveLength(2);
  });
});

describe('injected write errors', () => {
  const writeOps: [FaultOp, string][] = [];
  for (const code of ['EACCES', 'EIO', 'ENOSPC', 'EROFS'])
    for (const op of ['open', 'writeFile', 'sync', 'rename', 'mkdir'] as FaultOp[])
      writeOps.push([op, code]);

  it.each(writeOps)(
    '%s failing with %s: the saved file stays whole, the change is kept and saved next time',
    async (op, code) => {
      const first = createSettingsStore(structuredClone(DEFAULT_SETTINGS), { dir });
      expect(await first.set(mine)).toEqual({ ok: true });

      const fs = faultyFs([{ op, code, times: 1, path: (p) => op === 'mkdir' || isTemporary(p) }]);
      const store = createSettingsStore(mine, { dir, fs });
      const changed = { ...mine, copyFormat: 'rust' as const };
      const failed = await store.set(changed);
      expect(failed).toEqual({ ok: false, message: expect.stringContaining(code) });
      expect(fs.faults[0]!.times).toBe(0); // the fault did fire
      expect(await onDisk()).toEqual(mine);
      expect(await files()).toEqual(['settings.json']);
      expect(store.get()).toEqual(changed);

      expect(await store.set(store.get())).toEqual({ ok: true });
      expect(await onDisk()).toEqual(changed);
      expect(await files()).toEqual(['settings.json']);
    },
  );

  it('flushes the folder after the rename, so the new entry survives a power cut', async () => {
    const fs = faultyFs();
    const store = createSettingsStore(mine, { dir, fs });
    expect(await store.set(mine)).toEqual({ ok: true });
    const rename = fs.calls.findIndex((c) => c.startsWith('rename '));
    const after = fs.calls.slice(rename + 1);
    expect(rename).toBeGreaterThan(-1);
    expect(after).toContain(`open ${dir}`);
    expect(after).toContain(`sync ${dir}`);
  });

  it('a folder that fails to flush is reported', async () => {
    const fs = faultyFs([{ op: 'sync', code: 'EIO', path: (p) => p === dir, times: 1 }]);
    const store = createSettingsStore(mine, { dir, fs });
    expect(await store.set(mine)).toEqual({ ok: false, message: expect.stringMatching(/EIO/) });
  });
});

describe('writers racing and dying', () => {
  it('concurrent writers: the file is always one whole version, the last one saved', async () => {
    const a = createSettingsStore(structuredClone(DEFAULT_SETTINGS), { dir });
    const b = createSettingsStore(structuredClone(DEFAULT_SETTINGS), { dir });
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i += 1) {
      writes.push(a.set({ ...DEFAULT_SETTINGS, hotkey: `Alt+A${i}` }));
      writes.push(b.set({ ...DEFAULT_SETTINGS, hotkey: `Alt+B${i}` }));
      if (i % 10 === 0) {
        const seen = await loadSettings({ dir });
        expect(seen.notice).toBeNull();
      }
    }
    const results = await Promise.all(writes);
    expect(results.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(['Alt+A39', 'Alt+B39']).toContain((await onDisk()).hotkey);
    expect(await files()).toEqual(['settings.json']);
  });

  describe('SIGKILL of a writer process mid-write', () => {
    let writer: string;
    let buildDir: string;
    beforeAll(async () => {
      buildDir = await mkdtemp(join(tmpdir(), 'palette-writer-'));
      writer = join(buildDir, 'settings-writer.mjs');
      await build({
        entryPoints: [join(import.meta.dirname, 'settings-writer.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: writer,
        logLevel: 'silent',
      });
    });
    afterAll(async () => {
      await rm(buildDir, { recursive: true, force: true });
    });

    /** Starts the writer, kills it after `acks` acknowledged writes plus a little, returns the last ack. */
    function writeThenKill(acks: number, extraMs: number): Promise<number> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
        let last = 0;
        let buffered = '';
        let stderr = '';
        let killTimer: NodeJS.Timeout | undefined;
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.stdout.on('data', (d: Buffer) => {
          buffered += d.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines) last = Number(line);
          if (last >= acks && !killTimer)
            killTimer = setTimeout(() => child.kill('SIGKILL'), extraMs);
        });
        child.on('error', reject);
        child.on('exit', (code, signal) => {
          if (signal !== 'SIGKILL') reject(new Error(`writer exited ${code}: ${stderr}`));
          // Acknowledgements still in the pipe were written before the kill.
          else
            setImmediate(() => {
              for (const line of buffered.split('\n')) if (line) last = Number(line);
              resolve(last);
            });
        });
      });
    }

    it('24 kills: each time the file parses, holds an acknowledged write or a newer one, and the next start clears the leftovers', async () => {
      await writeFile(settingsPath(dir), JSON.stringify(mine));
      for (let run = 0; run < 24; run += 1) {
        const acked = await writeThenKill(1 + (run % 4), (run * 7) % 23);
        const loaded = await loadSettings({ dir });
        expect(loaded.notice, `run ${run}`).toBeNull();
        const saved = loaded.settings.recents[0]?.at ?? 0;
        expect(saved, `run ${run}`).toBeGreaterThanOrEqual(acked);
        expect(loaded.settings.favourites).toEqual([404]);

        const { store } = await openSettingsStore({ dir });
        await store.flushed();
        expect(await files(), `run ${run}`).toEqual(['settings.json']);
      }
    }, 60_000);
  });
});

describe('a damaged file that cannot be backed up', () => {
  it('is left in place, not replaced by the repaired settings, until a change moves it aside', async () => {
    await writeFile(settingsPath(dir), '{"theme": "dark", "hotkey": ');
    const fs = faultyFs([{ op: 'link', code: 'EIO', times: 1 }]);
    const { store, loaded } = await openSettingsStore({ dir, fs });
    await store.flushed();
    expect(loaded.notice).toMatch(/could not be backed up/);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe('{"theme": "dark", "hotkey": ');
    expect(await store.set({ ...store.get(), theme: 'light' })).toEqual({ ok: true });
    const names = await files();
    expect(names).toHaveLength(2);
    expect(await readFile(join(dir, names[0]!), 'utf8')).toBe('{"theme": "dark", "hotkey": ');
  });
});
