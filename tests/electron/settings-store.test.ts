import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import {
  backupPath,
  createSettingsStore,
  loadSettings,
  settingsPath,
} from '../../electron/settings-store';
import { recordingLog } from './fakes';

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
    expect(await load()).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
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
    expect(await load()).toEqual({ settings: saved, notice: null });
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
