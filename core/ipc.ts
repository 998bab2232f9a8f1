/**
 * The one contract between the window and whoever serves it (the main process over IPC, or the
 * web bridge in a browser tab): one declaration per channel, with valibot schemas for what it
 * carries and answers. Everything else is derived from `REQUESTS` and `EVENTS`: the channel
 * lists, the types, the page's bridge (`buildBridge`, used by the preload and the web bridge) and
 * the answering of a request (`answerRequest`, used by the main process's handlers and the web
 * bridge). The window asks for `{ code, kind, format }` and never sends text to put on the
 * clipboard: the service formats it from the registry.
 * The pattern: GitHub Desktop's RequestResponseChannels, Electron Fiddle's IpcEvents.
 */
import * as v from 'valibot';
import { FORMAT_IDS, type FormatId, type Kind } from './registry/types';
import { SettingsSchema } from './settings';

const Code = v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(4999));

/** A status to copy in a format. Whether the window then hides is the service's call, not the page's. */
export const CopyRequestSchema = v.strictObject({
  code: Code,
  kind: v.picklist(['http', 'websocket', 'unofficial'] as const satisfies readonly Kind[]),
  format: v.picklist(FORMAT_IDS),
});
export type CopyRequest = v.InferOutput<typeof CopyRequestSchema>;

const Refusal = v.object({ ok: v.literal(false), message: v.string() });

export const CopyReplySchema = v.union([
  v.object({
    ok: v.literal(true),
    text: v.string(),
    fellBackToNumber: v.boolean(),
    note: v.nullable(v.string()),
  }),
  Refusal,
]);
export type CopyReply = v.InferOutput<typeof CopyReplySchema>;

export const OpenExternalSchema = v.strictObject({ url: v.pipe(v.string(), v.maxLength(2048)) });
export type OpenExternalRequest = v.InferOutput<typeof OpenExternalSchema>;
const OpenExternalReplySchema = v.union([v.object({ ok: v.literal(true) }), Refusal]);
export type OpenExternalReply = v.InferOutput<typeof OpenExternalReplySchema>;

/** What the global hotkey registration came to, so the window can say when the key is taken. */
export const HotkeyStatusSchema = v.union([
  v.object({ accelerator: v.string(), registered: v.literal(true) }),
  v.object({ accelerator: v.string(), registered: v.literal(false), message: v.string() }),
]);
export type HotkeyStatus = v.InferOutput<typeof HotkeyStatusSchema>;

/**
 * What Enter (and Ctrl/Cmd+1…9, a click on a row, the tray's items) does with a status, resolved
 * by the app service from the `primaryAction` setting: copy and hide the window, or paste into
 * the app the person came from (copy, hide, send the paste keystroke).
 */
export const PRIMARY_ACTIONS = ['copy-and-hide', 'paste'] as const;
export type PrimaryAction = (typeof PRIMARY_ACTIONS)[number];

/**
 * Where the Starlette version comes from when a project folder is picked: the version and the
 * file it was read from, or why it could not be read again (the last version then stays).
 */
export const ProjectStatusSchema = v.object({
  folder: v.string(),
  /** "1.7.0, from uv.lock"; null before it was ever read. */
  detected: v.nullable(v.string()),
  problem: v.nullable(v.string()),
});
export type ProjectStatus = v.InferOutput<typeof ProjectStatusSchema>;

/**
 * Which of the keys asked: "primary" (Enter) the primary action, "other" (Shift+Enter) the other
 * one, "stay" (Ctrl/Cmd+Enter) the primary action with the window kept open (a paste then
 * brings the focus back to the window).
 */
export const ENTER_ACTIONS = ['primary', 'other', 'stay'] as const;
export type EnterAction = (typeof ENTER_ACTIONS)[number];

export const ActRequestSchema = v.strictObject({
  ...CopyRequestSchema.entries,
  action: v.picklist(ENTER_ACTIONS),
});
export type ActRequest = v.InferOutput<typeof ActRequestSchema>;

export const ActReplySchema = v.union([
  v.object({
    ...CopyReplySchema.options[0].entries,
    /** The text reached the previous app; false: it is on the clipboard only. */
    pasted: v.boolean(),
    /** Why a paste that was asked for did not happen, with what to do; said once, else null. */
    pasteProblem: v.nullable(v.string()),
  }),
  Refusal,
]);
export type ActReply = v.InferOutput<typeof ActReplySchema>;

/** Whether this host can paste into other apps now, in words for Preferences. */
export const PasteCheckSchema = v.object({ canPaste: v.boolean(), summary: v.string() });
export type PasteCheck = v.InferOutput<typeof PasteCheckSchema>;

/** Everything the window needs to draw itself, sent whole on request and on every change. */
export const AppStateSchema = v.object({
  settings: SettingsSchema,
  hotkey: HotkeyStatusSchema,
  /** A one-time message for the person (settings file was damaged, ...); null when none. */
  notice: v.nullable(v.string()),
  appVersion: v.string(),
  /** 'electron' inside the app, 'web' in a plain browser. */
  host: v.picklist(['electron', 'web']),
  primaryAction: v.picklist(PRIMARY_ACTIONS),
  /** The picked project folder's version and its source; null when none is picked. */
  project: v.nullable(ProjectStatusSchema),
});
export type AppState = v.InferOutput<typeof AppStateSchema>;

/**
 * A change to some settings; each field is checked against the settings schema. The project
 * folder is not among them: only the main process's folder dialog sets it, so the window can
 * never make the main process read a path the person did not pick.
 */
export const SettingsPatchSchema = v.strictObject(
  v.partial(v.omit(SettingsSchema, ['projectFolder'])).entries,
);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

const SettingsReplySchema = v.union([
  v.object({ ok: v.literal(true), state: AppStateSchema }),
  Refusal,
]);
export type SettingsReply = v.InferOutput<typeof SettingsReplySchema>;

/** Views the main process can ask the window to show (the tray's "Preferences…"). */
export const ViewSchema = v.picklist(['search', 'preferences', 'about']);
export type View = v.InferOutput<typeof ViewSchema>;

const Nothing = v.undefined();

interface RequestDeclaration {
  channel: `status-palette:${string}`;
  request: v.GenericSchema;
  reply: v.GenericSchema;
  /**
   * How a refused request is answered: a reply type with an `ok: false` case gets one with this
   * prefix; without it the caller's promise is rejected.
   */
  refusal?: string;
}

/** Request channels: the window asks, the service answers. The key is the bridge's function. */
export const REQUESTS = {
  /** Copy and stay (the detail pane's buttons). */
  copy: {
    channel: 'status-palette:copy',
    request: CopyRequestSchema,
    reply: CopyReplySchema,
    refusal: 'copy refused',
  },
  /** What Enter, Shift+Enter or Ctrl/Cmd+Enter does on a status: see PrimaryAction, EnterAction. */
  primary: {
    channel: 'status-palette:primary',
    request: ActRequestSchema,
    reply: ActReplySchema,
    refusal: 'copy refused',
  },
  /** Whether pasting works here, for Preferences. */
  checkPaste: { channel: 'status-palette:check-paste', request: Nothing, reply: PasteCheckSchema },
  hide: { channel: 'status-palette:hide', request: Nothing, reply: Nothing },
  openExternal: {
    channel: 'status-palette:open-external',
    request: OpenExternalSchema,
    reply: OpenExternalReplySchema,
    refusal: 'link refused',
  },
  getState: { channel: 'status-palette:get-state', request: Nothing, reply: AppStateSchema },
  updateSettings: {
    channel: 'status-palette:update-settings',
    request: SettingsPatchSchema,
    reply: SettingsReplySchema,
    refusal: 'settings refused',
  },
  /** Ask for a project folder (the main process's dialog) and read its Starlette version. */
  detectStarlette: {
    channel: 'status-palette:detect-starlette',
    request: Nothing,
    reply: SettingsReplySchema,
    refusal: 'detection refused',
  },
  /** Stop reading the version from the project folder; the version stays as it was. */
  forgetProjectFolder: {
    channel: 'status-palette:forget-project-folder',
    request: Nothing,
    reply: SettingsReplySchema,
    refusal: 'detection refused',
  },
} as const satisfies Record<string, RequestDeclaration>;

/** Event channels: the main process tells the window. */
export const EVENTS = {
  /** The window was shown by the hotkey, the tray or a second launch: focus and select the query. */
  shown: { channel: 'status-palette:shown', payload: v.object({ view: ViewSchema }) },
  state: { channel: 'status-palette:state', payload: AppStateSchema },
} as const satisfies Record<
  string,
  { channel: `status-palette:${string}`; payload: v.GenericSchema }
>;

export type RequestName = keyof typeof REQUESTS;
export type EventName = keyof typeof EVENTS;
export type RequestOf<N extends RequestName> = v.InferOutput<(typeof REQUESTS)[N]['request']>;
export type ReplyOf<N extends RequestName> = v.InferOutput<(typeof REQUESTS)[N]['reply']>;
export type EventOf<E extends EventName> = v.InferOutput<(typeof EVENTS)[E]['payload']>;
export type RequestChannel = (typeof REQUESTS)[RequestName]['channel'];
export type EventChannel = (typeof EVENTS)[EventName]['channel'];

const entries = <T extends object>(object: T) =>
  Object.entries(object) as { [K in keyof T]: [K, T[K]] }[keyof T][];

export const REQUEST_NAMES = Object.keys(REQUESTS) as RequestName[];
export const REQUEST_CHANNELS: readonly RequestChannel[] = REQUEST_NAMES.map(
  (name) => REQUESTS[name].channel,
);
export const EVENT_CHANNELS: readonly EventChannel[] = entries(EVENTS).map(([, e]) => e.channel);

/** What answers the requests: the app service satisfies it, with typed, parsed arguments. */
export type RequestHandlers = {
  [N in RequestName]: (request: RequestOf<N>) => ReplyOf<N> | Promise<ReplyOf<N>>;
};

type Listen<E extends EventName> = (listener: (payload: EventOf<E>) => void) => () => void;

/**
 * What the page sees: one function per request (`window.statusPalette` in Electron, the web bridge in
 * a browser) and one `on…` per event, each returning a function that stops listening. No
 * Electron objects cross it.
 */
export type AppBridge = {
  [N in RequestName]: RequestOf<N> extends undefined
    ? () => Promise<ReplyOf<N>>
    : (request: RequestOf<N>) => Promise<ReplyOf<N>>;
} & { [E in EventName as `on${Capitalize<E>}`]: Listen<E> };

/** How a host carries one message: Electron's ipcRenderer, or a direct call in a browser tab. */
export interface BridgeTransport {
  invoke(
    request: { name: RequestName; channel: RequestChannel },
    payload: unknown,
  ): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/** The page's bridge over a transport: one function per declared channel. */
export function buildBridge(transport: BridgeTransport): AppBridge {
  const bridge: Record<string, unknown> = {};
  for (const [name, { channel }] of entries(REQUESTS)) {
    bridge[name] = (payload?: unknown) => transport.invoke({ name, channel }, payload);
  }
  for (const [name, { channel }] of entries(EVENTS)) {
    bridge[`on${name[0]!.toUpperCase()}${name.slice(1)}`] = (listener: (p: unknown) => void) =>
      transport.subscribe(channel, listener);
  }
  // The shape is the mapped type above by construction; the replies are the service's.
  return bridge as AppBridge;
}

/** Refused values are cut to this many characters wherever they are logged or echoed back. */
export const MAX_ECHOED_CHARS = 200;

/** `text`, cut to MAX_ECHOED_CHARS with a note of how much was cut. */
export function clip(text: string, max = MAX_ECHOED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more)`;
}

/** Validates a payload against a schema: the value, or a short reason for the log and the reply. */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  payload: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = v.safeParse(schema, payload, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => clip(String(p.key))).join('.') ?? '';
  let message = issue?.message ?? 'invalid payload';
  // valibot's message quotes the value it received, whole: a 5 MB string stays 5 MB.
  if (issue && issue.received.length > MAX_ECHOED_CHARS) {
    message = message.replace(issue.received, clip(issue.received));
  }
  return { ok: false, reason: `${path ? `${path}: ` : ''}${clip(message, 4 * MAX_ECHOED_CHARS)}` };
}

export class RefusedError extends Error {
  override name = 'RefusedError';
}

function isRefusal(reply: unknown): reply is { ok: false; message: string } {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === false;
}

/**
 * Answers one request as every host must: exactly one argument, valid against its channel's
 * schema, then the handler with the parsed value. A refusal is logged with its reason and never
 * obeyed: channels with a `refusal` answer `{ ok: false }`, the others reject.
 */
export async function answerRequest<N extends RequestName>(
  name: N,
  handlers: RequestHandlers,
  args: readonly unknown[],
  log: (message: string) => void,
): Promise<ReplyOf<N>> {
  const declaration: RequestDeclaration = REQUESTS[name];
  const checked =
    args.length > 1
      ? { ok: false as const, reason: `expected one argument, got ${args.length}` }
      : validate(declaration.request, args[0]);
  if (!checked.ok) {
    log(`ipc: ${declaration.channel} refused: ${checked.reason}`);
    if (declaration.refusal === undefined) {
      throw new RefusedError(`${declaration.channel} refused: ${checked.reason}`);
    }
    return { ok: false, message: `${declaration.refusal}: ${checked.reason}` } as ReplyOf<N>;
  }
  const handler = handlers[name] as (request: unknown) => ReplyOf<N> | Promise<ReplyOf<N>>;
  const reply = await handler(checked.value);
  if (isRefusal(reply)) log(`ipc: ${declaration.channel} refused: ${clip(reply.message)}`);
  return reply;
}

export type { FormatId, Kind };
