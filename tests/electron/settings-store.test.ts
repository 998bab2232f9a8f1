import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import {
  backupPath,
  createSettingsStore,
  loadSettings,
  openSettingsStore,
  settingsPath,
} from '../../electron/settings-store';
import { MAX_SETTINGS_BYTES } from '../../electron/settings-fs';
import { recordingLog } from './fakes';
import { faultyFs } from './faulty-fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'palette-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const when = new Date('2025-03-04T05:06:07.890Z');
const load = () => loadSettings({ dir, now: () => when, log: recordingLog().log });
const files = async () => (await readdir(dir)).sort();

describe('loading settings', () => {
  it('starts from the defaults on a first run, silently', async () => {
    expect(await load()).toMatchObject({ settings: DEFAULT_SETTINGS, notice: null });
    expect(await files()).toEqual([]);
  });

  it('reads a whole file as it is', async () => {
    const saved: Settings = {
      ...DEFAULT_SETTINGS,
      copyFormat: 'go',
      favourites: [404, 429],
      recents: [{ code: 418, format: 'python', at: 1 }],
    };
    await writeFile(settingsPath(dir), JSON.stringify(saved));
    expect(await load()).toMatchObject({ settings: saved, notice: null });
  });

  it('backs up a truncated file and starts from the defaults, saying so', async () => {
    await writeFile(settingsPath(dir), '{"copyFormat": "go", "favou');
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/could not be read/);
    expect(notice).toContain('settings.broken-2025-03-04T05-06-07.json');
    expect(await files()).toEqual(['settings.broken-2025-03-04T05-06-07.json']);
    expect(await readFile(backupPath(dir, when), 'utf8')).toBe('{"copyFormat": "go", "favou');
  });

  it('keeps every valid field of an invalid file and names the rest', async () => {
    await writeFile(
      settingsPath(dir),
      JSON.stringify({
        copyFormat: 'cobol',
        hotkey: 'Ctrl+Shift+K',
        favourites: [404],
        hideOnBlur: 'yes',
        colour: 'red',
      }),
    );
    const { settings, notice } = await load();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      hotkey: 'Ctrl+Shift+K',
      favourites: [404],
    });
    expect(notice).toMatch(/copyFormat/);
    expect(notice).toMatch(/hideOnBlur/);
    expect(notice).not.toMatch(/colour/);
    expect(notice).toMatch(/others were kept/);
    expect(await files()).toEqual(['settings.broken-2025-03-04T05-06-07.json']);
  });

  it('keeps a file whose only oddity is a setting this version does not know', async () => {
    await writeFile(settingsPath(dir), JSON.stringify({ ...DEFAULT_SETTINGS, futureOption: 1 }));
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBeNull();
    expect(await files()).toEqual(['settings.json']);
  });

  it('reads a file saved with a byte-order mark', async () => {
    await writeFile(
      settingsPath(dir),
      '\uFEFF' + JSON.stringify({ ...DEFAULT_SETTINGS, hotkey: 'Alt+F2' }),
    );
    const { settings, notice } = await load();
    expect(settings.hotkey).toBe('Alt+F2');
    expect(notice).toBeNull();
  });

  it('treats a file that is not an object as damaged', async () => {
    await writeFile(settingsPath(dir), '[1, 2, 3]');
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/not an object/);
  });

  it('treats an empty file (a crash mid-write elsewhere) as damaged', async () => {
    await writeFile(settingsPath(dir), '');
    expect((await load()).notice).toMatch(/could not be read/);
  });

  it('reports a file it cannot read at all, and does not crash', async () => {
    await mkdir(settingsPath(dir)); // a folder where the file should be
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/could not read its settings file/);
  });
});

describe('saving settings', () => {
  it('writes atomically, leaving no temporary files, and reads back', async () => {
    const store = createSettingsStore(structuredClone(DEFAULT_SETTINGS) as Settings, { dir });
    const next = { ...store.get(), favourites: [201] };
    expect(await store.set(next)).toEqual({ ok: true });
    expect(store.get()).toEqual(next);
    expect(await files()).toEqual(['settings.json']);
    expect((await load()).settings).toEqual(next);
  });

  it('keeps the newest of quick successive writes', async () => {
    const store = createSettingsStore(structuredClone(DEFAULT_SETTINGS) as Settings, { dir });
    for (let i = 0; i < 10; i += 1) void store.set({ ...store.get(), favourites: [200 + i] });
    await store.flushed();
    expect((await load()).settings.favourites).toEqual([209]);
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = join(dir, 'a', 'b');
    const store = createSettingsStore(structuredClone(DEFAULT_SETTINGS) as Settings, {
      dir: nested,
    });
    expect(await store.set(store.get())).toEqual({ ok: true });
  });

  it('reports a failed write and keeps the settings in memory', async () => {
    const store = createSettingsStore(structuredClone(DEFAULT_SETTINGS) as Settings, {
      dir,
      write: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    const result = await store.set({ ...store.get(), copyFormat: 'rust' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/ENOSPC/) });
    expect(store.get().copyFormat).toBe('rust');
  });
});

describe('backups of damaged files', () => {
  it('two damaged files in the same second get two backups; neither is overwritten', async () => {
    await writeFile(settingsPath(dir), '{"first": ');
    expect((await load()).notice).toContain('settings.broken-2025-03-04T05-06-07.json');
    await writeFile(settingsPath(dir), '{"second": ');
    expect((await load()).notice).toContain('settings.broken-2025-03-04T05-06-07-2.json');
    expect(await files()).toEqual([
      'settings.broken-2025-03-04T05-06-07-2.json',
      'settings.broken-2025-03-04T05-06-07.json',
    ]);
    expect(await readFile(backupPath(dir, when), 'utf8')).toBe('{"first": ');
    expect(await readFile(join(dir, 'settings.broken-2025-03-04T05-06-07-2.json'), 'utf8')).toBe(
      '{"second": ',
    );
  });

  it('never takes the name of a backup that is already there, even without hard links', async () => {
    await writeFile(backupPath(dir, when), 'an older backup');
    await writeFile(settingsPath(dir), 'not json');
    const fs = faultyFs([{ op: 'link', code: 'ENOTSUP' }]);
    const { notice } = await loadSettings({ dir, now: () => when, fs });
    expect(notice).toContain('settings.broken-2025-03-04T05-06-07-2.json');
    expect(await readFile(backupPath(dir, when), 'utf8')).toBe('an older backup');
    expect(await readFile(join(dir, 'settings.broken-2025-03-04T05-06-07-2.json'), 'utf8')).toBe(
      'not json',
    );
  });
});

describe('settings of a newer version', () => {
  it('keeps the keys it does not know, as they are, at the next write', async () => {
    const future = { sync: { account: 'me', every: [1, 2] }, density: 'compact' };
    await writeFile(settingsPath(dir), JSON.stringify({ ...DEFAULT_SETTINGS, ...future }));
    const { store } = await openSettingsStore({ dir });
    expect(await store.set({ ...store.get(), theme: 'dark' })).toEqual({ ok: true });
    const written = JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(written).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', ...future });
  });

  it('keeps them when it repairs a damaged file too', async () => {
    await writeFile(settingsPath(dir), JSON.stringify({ theme: 'sepia', density: 'compact' }));
    const { store } = await openSettingsStore({ dir, now: () => when });
    await store.flushed();
    const written = JSON.parse(await readFile(settingsPath(dir), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(written).toEqual({ ...DEFAULT_SETTINGS, density: 'compact' });
  });
});

describe('leftovers of a crash mid-write', () => {
  it('removes a dead writer’s temporary files at start-up and leaves a running one’s', async () => {
    await writeFile(join(dir, 'settings.json.4242.0a1b2c3d.tmp'), '{"half');
    await writeFile(join(dir, 'settings.json.777.ffff0000.tmp'), '{"being written');
    await writeFile(join(dir, 'other.json.4242.0a1b2c3d.tmp'), 'not ours');
    const { loaded } = await openSettingsStore({ dir, isRunning: (pid) => pid === 777 });
    expect(loaded.notice).toBeNull();
    expect(await files()).toEqual([
      'other.json.4242.0a1b2c3d.tmp',
      'settings.json.777.ffff0000.tmp',
    ]);
  });
});

describe('special and huge settings files', () => {
  it.skipIf(process.platform === 'win32')(
    'a named pipe does not hang start-up, and is not written over',
    async () => {
      execFileSync('mkfifo', [settingsPath(dir)]);
      const { store, loaded } = await openSettingsStore({ dir, now: () => when });
      await store.flushed();
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.notice).toMatch(/named pipe/);
      expect((await lstat(settingsPath(dir))).isFIFO()).toBe(true);
      expect(await store.set({ ...store.get(), theme: 'dark' })).toEqual({ ok: true });
      expect((await lstat(backupPath(dir, when))).isFIFO()).toBe(true);
      expect((await lstat(settingsPath(dir))).isFile()).toBe(true);
    },
    5_000,
  );

  it('a file over 1 MB counts as damaged: moved aside, defaults, a notice', async () => {
    const big =
      JSON.stringify({ ...DEFAULT_SETTINGS, hotkey: 'Alt+F9' }) + ' '.repeat(MAX_SETTINGS_BYTES);
    await writeFile(settingsPath(dir), big);
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/larger than 1 MB/);
    expect(notice).toContain('settings.broken-2025-03-04T05-06-07.json');
    expect((await lstat(backupPath(dir, when))).size).toBe(big.length);
  });

  it('a file of exactly 1 MB is still read', async () => {
    const text = JSON.stringify({ ...DEFAULT_SETTINGS, hotkey: 'Alt+F9' });
    await writeFile(settingsPath(dir), text + ' '.repeat(MAX_SETTINGS_BYTES - text.length));
    expect(await load()).toMatchObject({ settings: { hotkey: 'Alt+F9' }, notice: null });
  });

  it.skipIf(process.platform === 'win32')('a symbolic link is not followed', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'palette-outside-'));
    await writeFile(
      join(outside, 'real.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'dark' }),
    );
    await symlink(join(outside, 'real.json'), settingsPath(dir));
    const { settings, notice } = await load();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/symbolic link/);
    await rm(outside, { recursive: true, force: true });
  });
});
