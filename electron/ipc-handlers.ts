/**
 * The main process's side of the contract in core/ipc.ts: exactly one handler per request
 * channel. Each checks that the message comes from the palette window's main frame at the
 * app:// origin (a page that got into another frame or window gets nothing), then validates the
 * payload against the contract. Refusals are logged with their reason and never obeyed: a reply
 * type with an `ok: false` case gets one, the others reject the renderer's promise.
 * The pattern: Electron Fiddle's sender check, GitHub Desktop's typed channels.
 */
import * as v from 'valibot';
import {
  CopyRequestSchema,
  OpenExternalSchema,
  REQUEST_CHANNELS,
  validate,
  type AppState,
  type CopyReply,
  type CopyRequest,
  type OpenExternalReply,
  type OpenExternalRequest,
  type RequestChannel,
  type RequestChannels,
  type SettingsReply,
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
    return `unparsable frame URL ${frame.url.slice(0, 200)}`;
  }
  // URL.origin is "null" for custom schemes, so compare scheme and host.
  const expected = new URL(trusted.origin);
  if (url.protocol !== expected.protocol || url.host !== expected.host) {
    return `wrong origin ${url.protocol}//${url.host}`;
  }
  return null;
}

/** What the handlers do once a request is known to be good. */
export interface PaletteActions {
  copy(request: CopyRequest): CopyReply;
  hide(): void;
  openExternal(request: OpenExternalRequest): Promise<OpenExternalReply>;
  getState(): AppState;
  updateSettings(patch: Record<string, unknown>): Promise<SettingsReply>;
}

type Reply<C extends RequestChannel> = RequestChannels[C]['reply'];

interface ChannelRule<C extends RequestChannel> {
  /** Validates the one argument the preload sends. */
  check(payload: unknown): { ok: true; value: unknown } | { ok: false; reason: string };
  run(value: unknown): Reply<C> | Promise<Reply<C>>;
  /** The reply for a refused request; absent: the renderer's promise is rejected. */
  refusal?: (reason: string) => Reply<C>;
}

const NoPayload = v.undefined();
const PatchShape = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected an object of settings',
);

class RefusedError extends Error {
  override name = 'RefusedError';
}

export function ipcRules(actions: PaletteActions): { [C in RequestChannel]: ChannelRule<C> } {
  return {
    'palette:copy': {
      check: (payload) => validate(CopyRequestSchema, payload),
      run: (value) => actions.copy(value as CopyRequest),
      refusal: (reason) => ({ ok: false, message: `copy refused: ${reason}` }),
    },
    'palette:hide': {
      check: (payload) => validate(NoPayload, payload),
      run: () => actions.hide(),
    },
    'palette:open-external': {
      check: (payload) => validate(OpenExternalSchema, payload),
      run: (value) => actions.openExternal(value as OpenExternalRequest),
      refusal: (reason) => ({ ok: false, message: `link refused: ${reason}` }),
    },
    'palette:get-state': {
      check: (payload) => validate(NoPayload, payload),
      run: () => actions.getState(),
    },
    'palette:update-settings': {
      // The field-by-field rules are core/settings.ts updateSettings's, applied by the action.
      check: (payload) => validate(PatchShape, payload),
      run: (value) => actions.updateSettings(value as Record<string, unknown>),
      refusal: (reason) => ({ ok: false, message: `settings refused: ${reason}` }),
    },
  };
}

function isRefusal(reply: unknown): reply is { ok: false; message: string } {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === false;
}

/** Registers one handler per channel of REQUEST_CHANNELS; returns the channels it handled. */
export function registerIpcHandlers(options: {
  ipcMain: IpcMainService;
  trustedSender: () => TrustedSender | null;
  actions: PaletteActions;
  log: (message: string) => void;
}): RequestChannel[] {
  const { ipcMain, trustedSender, actions, log } = options;
  const rules = ipcRules(actions);
  for (const channel of REQUEST_CHANNELS) {
    const rule = rules[channel] as ChannelRule<RequestChannel>;
    ipcMain.handle(channel, async (event, ...args) => {
      const fromWhom = senderProblem(event, trustedSender());
      if (fromWhom !== null) {
        log(`ipc: ${channel} refused: ${fromWhom}`);
        throw new RefusedError(`${channel} refused: ${fromWhom}`);
      }
      const checked =
        args.length > 1
          ? { ok: false as const, reason: `expected one argument, got ${args.length}` }
          : rule.check(args[0]);
      if (!checked.ok) {
        log(`ipc: ${channel} refused: ${checked.reason}`);
        if (rule.refusal) return rule.refusal(checked.reason);
        throw new RefusedError(`${channel} refused: ${checked.reason}`);
      }
      const reply = await rule.run(checked.value);
      if (isRefusal(reply)) log(`ipc: ${channel} refused: ${reply.message}`);
      return reply;
    });
  }
  return [...REQUEST_CHANNELS];
}
