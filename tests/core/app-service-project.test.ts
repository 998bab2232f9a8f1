/**
 * The app service and a project folder: the version read from the folder the person picked, kept
 * in settings, read again when the folder changes, kept with a reason when it cannot be, and
 * refused to the window in every other way. The host part is a fake: a dialog that answers what
 * the test says, folders in memory read with the real core/project code, and a watch the test fires.
 */
import { describe, expect, it } from 'vitest';
import {
  createAppService,
  PROJECT_FOLDER_NEEDS_DESKTOP,
  type AppParts,
  type ProjectFolderHost,
} from '../../core/app-service';
import { answerRequest } from '../../core/ipc';
import { readFolderVersion } from '../../core/project/folder-version';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { folders } from './fake-folders';

const uv = (starlette: string) =>
  `version = 1\n\n[[package]]\nname = "starlette"\nversion = "${starlette}"\n`;

function setup(settings: Partial<Settings> = {}, withProject = true) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const tree: Record<string, Record<string, string>> = {
    '/': {},
    '/home': { 'uv.lock': uv('0.30.0') },
    '/home/api': { 'uv.lock': uv('1.7.0'), 'main.py': '' },
    '/home/old': { 'requirements.txt': 'fastapi==0.116.2\n' },
    '/home/empty': { 'README.md': '' },
  };
  const picks: (string | null)[] = [];
  const watchers = new Map<string, () => void>();
  const stopped: string[] = [];
  const project: ProjectFolderHost = {
    pick: async () => picks.shift() ?? null,
    read: (folder) => readFolderVersion(folders(tree), folder),
    watch(folder, changed) {
      watchers.set(folder, changed);
      return () => {
        stopped.push(folder);
        watchers.delete(folder);
      };
    },
  };
  const parts: AppParts = {
    storage: {
      get: () => current,
      set: async (next) => {
        current = next;
        return { ok: true };
      },
    },
    clipboard: { writeText: () => {} },
    hotkey: {
      status: () => ({ accelerator: current.hotkey, registered: true }),
      problem: () => null,
      change: () => ({ ok: true, status: { accelerator: current.hotkey, registered: true } }),
    },
    loginItem: { set: async () => {} },
    openLink: async () => ({ ok: true }),
    window: { hide: () => {}, refocus: () => {} },
    now: () => 0,
    host: withProject ? 'electron' : 'web',
    appVersion: '1',
    notice: null,
    ...(withProject ? { project } : {}),
  };
  const service = createAppService(parts);
  return { service, tree, picks, watchers, stopped, settings: () => current };
}

describe('the Starlette version from a project folder', () => {
  it('reads the picked folder’s lock file, keeps the folder in settings and watches it', async () => {
    const { service, picks, watchers, settings } = setup();
    picks.push('/home/api');
    const reply = await service.detectStarlette(undefined);
    expect(reply.ok).toBe(true);
    expect(settings()).toMatchObject({ projectFolder: '/home/api', starletteVersion: '1.7.0' });
    expect(service.state().project).toEqual({
      folder: '/home/api',
      detected: '1.7.0, from uv.lock',
      problem: null,
    });
    expect([...watchers.keys()]).toEqual(['/home/api']);
  });
  it('judges a FastAPI-only pin at the oldest Starlette it allows, so every copied name exists', async () => {
    const { service, picks, settings } = setup();
    picks.push('/home/old');
    await service.detectStarlette(undefined);
    expect(settings().starletteVersion).toBe('0.40.0');
    expect(service.state().project?.detected).toBe('0.40.0, from requirements.txt');
  });
  it('reads only that folder: a lock file above it is never used', async () => {
    const { service, picks, settings } = setup({ starletteVersion: '0.47' });
    picks.push('/home/empty');
    const reply = await service.detectStarlette(undefined);
    expect(reply).toEqual({
      ok: false,
      message: expect.stringContaining(
        'No Starlette version in the folder you picked: the folder has no uv.lock',
      ),
    });
    expect(settings()).toMatchObject({ projectFolder: null, starletteVersion: '0.47' });
    expect(service.state().project).toBeNull();
  });
  it('changes nothing when the dialog is cancelled', async () => {
    const { service, settings } = setup();
    expect((await service.detectStarlette(undefined)).ok).toBe(true);
    expect(settings().projectFolder).toBeNull();
  });
  it('reads again when the folder changes; when the lock file or the folder goes, the last version stays and says why', async () => {
    const { service, picks, tree, watchers, settings } = setup();
    picks.push('/home/api');
    await service.detectStarlette(undefined);
    const states: (string | null)[] = [];
    service.onChange((state) => states.push(state.project?.detected ?? null));

    tree['/home/api']!['uv.lock'] = uv('0.47.3');
    watchers.get('/home/api')!();
    expect(settings().starletteVersion).toBe('0.47.3');
    expect(service.state().project).toMatchObject({
      detected: '0.47.3, from uv.lock',
      problem: null,
    });

    delete tree['/home/api']!['uv.lock'];
    watchers.get('/home/api')!();
    expect(settings().starletteVersion).toBe('0.47.3');
    expect(service.state().project).toMatchObject({
      detected: '0.47.3, from uv.lock',
      problem: expect.stringContaining('the folder has no uv.lock'),
    });

    delete tree['/home/api'];
    watchers.get('/home/api')!();
    expect(service.state().project?.problem).toBe('the folder is gone or cannot be read');
    expect(settings()).toMatchObject({ projectFolder: '/home/api', starletteVersion: '0.47.3' });

    tree['/home/api'] = { 'uv.lock': uv('1.7.0') };
    watchers.get('/home/api')!();
    expect(service.state().project).toMatchObject({
      detected: '1.7.0, from uv.lock',
      problem: null,
    });
    expect(states).toHaveLength(4);
  });
  it('reads and watches a folder picked in an earlier run at start', () => {
    const { service, watchers } = setup({ projectFolder: '/home/api', starletteVersion: '0.47' });
    expect(service.state().project?.detected).toBe('1.7.0, from uv.lock');
    expect(service.state().settings.starletteVersion).toBe('1.7.0');
    expect(watchers.has('/home/api')).toBe(true);
  });
  it('stops detecting when asked, or when a version is typed by hand', async () => {
    const first = setup({ projectFolder: '/home/api' });
    await first.service.forgetProjectFolder(undefined);
    expect(first.settings()).toMatchObject({ projectFolder: null, starletteVersion: '1.7.0' });
    expect(first.stopped).toEqual(['/home/api']);
    expect(first.service.state().project).toBeNull();

    const second = setup({ projectFolder: '/home/api' });
    await second.service.updateSettings({ starletteVersion: '0.46' });
    expect(second.settings()).toMatchObject({ projectFolder: null, starletteVersion: '0.46' });
    expect(second.watchers.size).toBe(0);
  });
  it('never lets the window name a folder', async () => {
    const { service, settings } = setup();
    const lines: string[] = [];
    const reply = await answerRequest(
      'updateSettings',
      service,
      [{ projectFolder: '/etc' }],
      (line) => lines.push(line),
    );
    expect(reply.ok).toBe(false);
    expect(settings().projectFolder).toBeNull();
    const detect = await answerRequest('detectStarlette', service, ['/etc'], (l) => lines.push(l));
    expect(detect.ok).toBe(false);
    expect(lines).toHaveLength(2);
  });
  it('says in a browser tab that it needs the desktop app', async () => {
    const { service } = setup({}, false);
    expect(await service.detectStarlette(undefined)).toEqual({
      ok: false,
      message: PROJECT_FOLDER_NEEDS_DESKTOP,
    });
  });
});
