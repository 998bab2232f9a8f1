/**
 * The main process's project folder part with fakes for the dialog, the file system, fs.watch and
 * the timers: what it reads (only the picked folder's lock files), how changes are gathered (one
 * read a second at most), and how a folder that went away is found again (a look every 2 s).
 */
import { describe, expect, it } from 'vitest';
import {
  CHANGE_DELAY_MS,
  MISSING_FOLDER_POLL_MS,
  createProjectFolderHost,
  type Timers,
} from '../../electron/project-folder';

class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private tasks = new Map<number, { at: number; run: () => void; every: number | null }>();
  setTimeout(run: () => void, ms: number) {
    this.tasks.set(this.next, { at: this.now + ms, run, every: null });
    return this.next++;
  }
  setInterval(run: () => void, ms: number) {
    this.tasks.set(this.next, { at: this.now + ms, run, every: ms });
    return this.next++;
  }
  clearTimeout(handle: unknown) {
    this.tasks.delete(handle as number);
  }
  clearInterval(handle: unknown) {
    this.tasks.delete(handle as number);
  }
  get pending() {
    return this.tasks.size;
  }
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.tasks]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, task] = due;
      this.now = task.at;
      if (task.every === null) this.tasks.delete(id);
      else task.at += task.every;
      task.run();
    }
    this.now = end;
  }
}

const UV = 'version = 1\n\n[[package]]\nname = "starlette"\nversion = "1.7.0"\n';

function setup() {
  const files = new Map<string, Record<string, string>>([
    [
      '/home/me',
      { 'uv.lock': 'version = 1\n\n[[package]]\nname = "starlette"\nversion = "0.30.0"\n' },
    ],
    ['/home/me/api', { 'uv.lock': UV, 'secrets.env': 'TOKEN=1', 'app.py': '' }],
  ]);
  const read: string[] = [];
  const watchers = new Map<string, { event: () => void; error: () => void; closed: boolean }>();
  const timers = new FakeTimers();
  const dialogs: (string | null)[] = [];
  const host = createProjectFolderHost({
    chooseFolder: async () => dialogs.shift() ?? null,
    readdir(dir) {
      const entries = files.get(dir);
      if (!entries) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      return Object.keys(entries);
    },
    readFile(path) {
      read.push(path);
      const dir = path.slice(0, path.lastIndexOf('/'));
      const text = files.get(dir)?.[path.slice(dir.length + 1)];
      if (text === undefined) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    watchFolder(dir, event, error) {
      if (!files.has(dir)) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      const watcher = { event, error, closed: false };
      watchers.set(dir, watcher);
      return () => {
        watcher.closed = true;
      };
    },
    timers,
  });
  return { host, files, read, watchers, timers, dialogs };
}

describe('the project folder part of the main process', () => {
  it('returns the folder the dialog gave, or null when it was cancelled', async () => {
    const { host, dialogs } = setup();
    dialogs.push('/home/me/api');
    expect(await host.pick()).toBe('/home/me/api');
    expect(await host.pick()).toBeNull();
  });
  it('reads only the lock files of the picked folder: nothing else in it, nothing above it', () => {
    const { host, read } = setup();
    expect(host.read('/home/me/api')).toMatchObject({
      ok: true,
      version: '1.7.0',
      file: 'uv.lock',
    });
    expect(read).toEqual(['/home/me/api/uv.lock']);
  });
  it('gathers a burst of changes into one read after a second', () => {
    const { host, watchers, timers } = setup();
    let reads = 0;
    host.watch('/home/me/api', () => reads++);
    const watcher = watchers.get('/home/me/api')!;
    for (let i = 0; i < 20; i++) watcher.event();
    timers.advance(CHANGE_DELAY_MS - 1);
    expect(reads).toBe(0);
    timers.advance(1);
    expect(reads).toBe(1);
    watcher.event();
    timers.advance(CHANGE_DELAY_MS);
    expect(reads).toBe(2);
    // Nothing polls while the folder is there.
    timers.advance(60_000);
    expect(reads).toBe(2);
    expect(timers.pending).toBe(0);
  });
  it('looks for a folder that went away every two seconds, and watches it again when it is back', () => {
    const { host, files, watchers, timers } = setup();
    let reads = 0;
    host.watch('/home/me/api', () => reads++);
    const first = watchers.get('/home/me/api')!;
    const saved = files.get('/home/me/api')!;
    files.delete('/home/me/api');
    first.event();
    timers.advance(CHANGE_DELAY_MS);
    expect(reads).toBe(1);
    expect(first.closed).toBe(true);
    timers.advance(MISSING_FOLDER_POLL_MS * 5);
    expect(reads).toBe(1);
    files.set('/home/me/api', saved);
    timers.advance(MISSING_FOLDER_POLL_MS);
    expect(reads).toBe(2);
    const second = watchers.get('/home/me/api')!;
    expect(second).not.toBe(first);
    expect(timers.pending).toBe(0);
  });
  it('polls from the start when the folder cannot be watched, and stops everything when told', () => {
    const { host, files, timers } = setup();
    files.delete('/home/me/api');
    let reads = 0;
    const stop = host.watch('/home/me/api', () => reads++);
    expect(timers.pending).toBe(1);
    stop();
    expect(timers.pending).toBe(0);
    timers.advance(60_000);
    expect(reads).toBe(0);
  });
  it('treats a watcher error as a lost folder', () => {
    const { host, watchers, timers } = setup();
    let reads = 0;
    host.watch('/home/me/api', () => reads++);
    const watcher = watchers.get('/home/me/api')!;
    watcher.error();
    expect(watcher.closed).toBe(true);
    timers.advance(CHANGE_DELAY_MS);
    expect(reads).toBe(1);
  });
});
