/**
 * The main process's side of the contract in core/ipc.ts, and with the preload the only place
 * that touches raw IPC: exactly one handler per request channel, and a typed `sendEvent` for
 * what the main process tells the window. Each handler checks that the message comes from the
 * palette window's main frame at the app:// origin (a page that got into another frame or window
 * gets nothing), then core's `answerRequest` validates the payload against the channel's schema
 * and hands the parsed value to the app service. The pattern: Electron Fiddle's sender check,
 * GitHub Desktop's typed channels.
 */
import {
  answerRequest,
  clip,
  EVENTS,
  REQUEST_CHANNELS,
  REQUEST_NAMES,
  REQUESTS,
  RefusedError,
  type EventName,
  type EventOf,
  type RequestChannel,
  type RequestHandlers,
} from '../core/ipc';

/** The parts of Electron's IpcMainInvokeEvent the checks read. */
export interface InvokeEvent {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainService {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}

export interface TrustedSender {
  /** The palette window's webContents, compared by identity. */
  webContents: unknown;
  /** "app://palette". */
  origin: string;
}

/** Why `event` is not from the palette window's own page, or null when it is. */
export function senderProblem(event: InvokeEvent, trusted: TrustedSender | null): string | null {
  if (trusted === null) return 'the palette window does not exist yet';
  if (event.sender !== trusted.webContents) return 'not the palette window';
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (frame.parent !== null) return 'not the main frame';
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return `unparsable frame URL ${clip(frame.url)}`;
  }
  // URL.origin is "null" for custom schemes, so compare scheme and host.
  const expected = new URL(trusted.origin);
  if (url.protocol !== expected.protocol || url.host !== expected.host) {
    return `wrong origin ${clip(`${url.protocol}//${url.host}`)}`;
  }
  return null;
}

/** Registers one handler per request channel of the contract; returns the channels it handled. */
export function registerIpcHandlers(options: {
  ipcMain: IpcMainService;
  trustedSender: () => TrustedSender | null;
  handlers: RequestHandlers;
  log: (message: string) => void;
}): RequestChannel[] {
  const { ipcMain, trustedSender, handlers, log } = options;
  for (const name of REQUEST_NAMES) {
    const { channel } = REQUESTS[name];
    ipcMain.handle(channel, async (event, ...args) => {
      const fromWhom = senderProblem(event, trustedSender());
      if (fromWhom !== null) {
        log(`ipc: ${channel} refused: ${fromWhom}`);
        throw new RefusedError(`${channel} refused: ${fromWhom}`);
      }
      return answerRequest(name, handlers, args, log);
    });
  }
  return [...REQUEST_CHANNELS];
}

/** The part of Electron's WebContents that carries events to the page. */
export interface EventReceiver {
  send(channel: string, payload: unknown): void;
}

/** Tells the window `event`, on its contract channel, with a payload of the contract's type. */
export function sendEvent<E extends EventName>(
  receiver: EventReceiver,
  event: E,
  payload: EventOf<E>,
): void {
  receiver.send(EVENTS[event].channel, payload);
}
