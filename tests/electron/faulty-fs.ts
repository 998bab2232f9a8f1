/**
 * The real file system with injected errors: EACCES, EIO, ENOSPC, EROFS, ... on chosen
 * operations and paths, the way a failing disk or a read-only mount gives them. Root ignores file
 * modes, so chmod cannot produce these. It also records every call, in order.
 */
import * as nodeFs from 'node:fs/promises';
import type { SettingsFs } from '../../electron/settings-fs';

export type FaultOp =
  | 'lstat'
  | 'open'
  | 'rename'
  | 'link'
  | 'unlink'
  | 'mkdir'
  | 'readdir'
  | 'rm'
  | 'read'
  | 'stat'
  | 'writeFile'
  | 'sync'
  | 'close';

export interface Fault {
  op: FaultOp;
  code: string;
  /** Which path: the call's first argument (for handle methods, the opened path). */
  path?: (path: string) => boolean;
  /** Only for open: which flags (a string like 'wx', or a number). */
  flags?: (flags: unknown) => boolean;
  /** How many calls fail; unlimited when absent. */
  times?: number;
}

export function injectedError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${op} '${path}'`), {
    code,
    syscall: op,
    path,
  });
}

export function faultyFs(faults: Fault[] = []): SettingsFs & { calls: string[]; faults: Fault[] } {
  const calls: string[] = [];
  const check = (op: FaultOp, path: string, flags?: unknown) => {
    calls.push(`${op} ${path}`);
    for (const fault of faults) {
      if (fault.op !== op || (fault.times ?? 1) <= 0) continue;
      if (fault.path && !fault.path(path)) continue;
      if (fault.flags && !fault.flags(flags)) continue;
      if (fault.times !== undefined) fault.times -= 1;
      throw injectedError(fault.code, op, path);
    }
  };
  const wrapHandle = (handle: nodeFs.FileHandle, path: string) =>
    new Proxy(handle, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const op = String(key) as FaultOp;
        return async (...args: unknown[]) => {
          if (['read', 'stat', 'writeFile', 'sync', 'close'].includes(op)) check(op, path);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const pass =
    <A extends unknown[], R>(op: FaultOp, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      check(op, String(args[0]));
      return fn(...args);
    };
  const fs = {
    calls,
    faults,
    lstat: pass('lstat', nodeFs.lstat),
    rename: pass('rename', nodeFs.rename),
    link: pass('link', nodeFs.link),
    unlink: pass('unlink', nodeFs.unlink),
    mkdir: pass('mkdir', nodeFs.mkdir),
    readdir: pass('readdir', nodeFs.readdir),
    rm: pass('rm', nodeFs.rm),
    async open(path: string, flags?: string | number, mode?: number) {
      check('open', String(path), flags);
      return wrapHandle(await nodeFs.open(path, flags, mode), String(path));
    },
  };
  return fs as unknown as SettingsFs & { calls: string[]; faults: Fault[] };
}
