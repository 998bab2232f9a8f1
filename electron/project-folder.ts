/**
 * The desktop app's project folder: the folder dialog, reading the Starlette version from that
 * folder's own lock files only (core/project, as the check reads them), and watching it. Watching
 * is event-driven (fs.watch), with changes gathered into one read a second at most; while the
 * folder is gone it is looked for every two seconds, so it is found again when it comes back.
 */
import { readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFolderHost } from '../core/app-service';
import { readFolderVersion } from '../core/project/folder-version';
import { describeFileError, projectFolders } from '../core/project/folders';

export const CHANGE_DELAY_MS = 1000;
export const MISSING_FOLDER_POLL_MS = 2000;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface ProjectFolderDeps {
  /** The main process's folder dialog: the chosen folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  readdir(dir: string): string[];
  readFile(path: string): Uint8Array;
  /** Watches one folder (not below it); throws where it cannot; returns stop. */
  watchFolder(dir: string, onEvent: () => void, onError: () => void): () => void;
  timers: Timers;
}

/** Node's fs.watch on one folder: inotify, FSEvents or ReadDirectoryChangesW, no polling. */
export function nodeWatchFolder(dir: string, onEvent: () => void, onError: () => void) {
  const watcher = watch(dir, { persistent: false }, onEvent);
  watcher.on('error', onError);
  return () => watcher.close();
}

export const nodeProjectFiles = {
  readdir: (dir: string) => readdirSync(dir),
  readFile: (path: string) => readFileSync(path),
  watchFolder: nodeWatchFolder,
};

export function createProjectFolderHost(deps: ProjectFolderDeps): ProjectFolderHost {
  const { timers } = deps;
  const exists = (dir: string) => {
    try {
      deps.readdir(dir);
      return true;
    } catch {
      return false;
    }
  };
  return {
    pick: () => deps.chooseFolder(),
    read(folder) {
      const folders = projectFolders({
        names: (dir) => deps.readdir(dir),
        bytes: (dir, name) => deps.readFile(join(dir, name)),
        describe: describeFileError,
        // The picked folder is as far as reading goes.
        parent: () => null,
      });
      return readFolderVersion(folders, folder);
    },
    watch(folder, changed) {
      let stopWatcher: (() => void) | null = null;
      let pending: unknown = null;
      let poll: unknown = null;
      let stopped = false;

      const stopPolling = () => {
        if (poll !== null) timers.clearInterval(poll);
        poll = null;
      };
      const lost = () => {
        stopWatcher?.();
        stopWatcher = null;
        if (poll === null && !stopped) poll = timers.setInterval(retry, MISSING_FOLDER_POLL_MS);
      };
      const report = () => {
        if (stopped) return;
        changed();
        // A deleted folder's watcher hears nothing of a new folder under the same name.
        if (!exists(folder)) lost();
      };
      const soon = () => {
        if (pending !== null || stopped) return;
        pending = timers.setTimeout(() => {
          pending = null;
          report();
        }, CHANGE_DELAY_MS);
      };
      const start = (): boolean => {
        try {
          stopWatcher = deps.watchFolder(folder, soon, () => {
            lost();
            soon();
          });
          return true;
        } catch {
          return false;
        }
      };
      function retry() {
        if (!exists(folder) || !start()) return;
        stopPolling();
        report();
      }

      if (!start()) lost();
      return () => {
        stopped = true;
        stopWatcher?.();
        stopPolling();
        if (pending !== null) timers.clearTimeout(pending);
      };
    },
  };
}
