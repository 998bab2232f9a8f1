/**
 * The one contract between the window and the main process: every channel, what it carries and
 * what it answers, typed once here and used by the preload, the main process's handlers, the web
 * bridge and the renderer. The renderer asks for `{ code, kind, format }` and never sends text to
 * put on the clipboard: the main process formats it from the registry.
 */
import * as v from 'valibot';
import { FORMAT_IDS, type FormatId, type Kind } from './registry/types';
import type { Settings } from './settings';

export const CopyRequestSchema = v.strictObject({
  code: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(4999)),
  kind: v.picklist(['http', 'websocket', 'unofficial']),
  format: v.picklist(FORMAT_IDS),
  /** Hide the window after copying (Enter) or keep it open (Ctrl/Cmd+Enter, detail buttons). */
  hide: v.boolean(),
});
export type CopyRequest = v.InferOutput<typeof CopyRequestSchema>;

export type CopyReply =
  | { ok: true; text: string; fellBackToNumber: boolean; note: string | null }
  | { ok: false; message: string };

export const OpenExternalSchema = v.strictObject({ url: v.pipe(v.string(), v.maxLength(2048)) });
export type OpenExternalRequest = v.InferOutput<typeof OpenExternalSchema>;
export type OpenExternalReply = { ok: true } | { ok: false; message: string };

/** What the global hotkey registration came to, so the window can say when the key is taken. */
export type HotkeyStatus =
  | { accelerator: string; registered: true }
  | { accelerator: string; registered: false; message: string };

/** Everything the window needs to draw itself, sent whole on request and on every change. */
export interface AppState {
  settings: Settings;
  hotkey: HotkeyStatus;
  /** A one-time message for the person (settings file was damaged, ...); null when none. */
  notice: string | null;
  appVersion: string;
  /** 'electron' inside the app, 'web' in a plain browser. */
  host: 'electron' | 'web';
}

export type SettingsReply = { ok: true; state: AppState } | { ok: false; message: string };

/** Views the main process can ask the window to show (the tray's "Preferences…"). */
export type View = 'search' | 'preferences' | 'about';

/** Request channels: renderer asks, main answers. */
export interface RequestChannels {
  'palette:copy': { request: CopyRequest; reply: CopyReply };
  'palette:hide': { request: void; reply: void };
  'palette:open-external': { request: OpenExternalRequest; reply: OpenExternalReply };
  'palette:get-state': { request: void; reply: AppState };
  'palette:update-settings': { request: Partial<Settings>; reply: SettingsReply };
}

/** Event channels: main tells the renderer. */
export interface EventChannels {
  /** The window was shown by the hotkey, the tray or a second launch: focus and select the query. */
  'palette:shown': { view: View };
  'palette:state': AppState;
}

export type RequestChannel = keyof RequestChannels;
export type EventChannel = keyof EventChannels;

export const REQUEST_CHANNELS: readonly RequestChannel[] = [
  'palette:copy',
  'palette:hide',
  'palette:open-external',
  'palette:get-state',
  'palette:update-settings',
];
export const EVENT_CHANNELS: readonly EventChannel[] = ['palette:shown', 'palette:state'];

/**
 * What the page sees: one function per channel (`window.palette` in Electron, the web bridge in
 * a browser). No Electron objects cross it.
 */
export interface PaletteBridge {
  copy(request: CopyRequest): Promise<CopyReply>;
  hide(): Promise<void>;
  openExternal(url: string): Promise<OpenExternalReply>;
  getState(): Promise<AppState>;
  updateSettings(patch: Partial<Settings>): Promise<SettingsReply>;
  /** Returns a function that stops listening. */
  onShown(listener: (event: EventChannels['palette:shown']) => void): () => void;
  onState(listener: (state: AppState) => void): () => void;
}

/** Validates a payload against a schema: the value, or a reason for the log. */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  payload: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = v.safeParse(schema, payload);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid payload'}` };
}

export type { FormatId, Kind };
