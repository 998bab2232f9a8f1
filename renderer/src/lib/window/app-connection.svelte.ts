/**
 * The app as the window sees it: its state, mirrored from the bridge (replaced whole on every
 * change), and the requests that act on it. Only this class talks to the bridge; what goes
 * wrong is reported through `report` (the toast).
 */
import type {
  AppBridge,
  AppState,
  CopyRequest,
  EnterAction,
  PasteCheck,
  SettingsPatch,
  View,
} from '$core/ipc';
import type { StatusEntry } from '$core/registry';
import type { Settings } from '$core/settings';
import { DEFAULT_SETTINGS, toggleFavourite } from '$core/settings-values';
import type { WebBridge } from '../../bridge/web-bridge';
import type { ShowToast } from './toasts.svelte';

export class AppConnection {
  /** Replaced whole on every change, never mutated: raw state, no deep proxy. */
  state = $state.raw<AppState | null>(null);
  settings: Settings = $derived(this.state?.settings ?? DEFAULT_SETTINGS);
  /** In a browser only: the window "would hide" now (see the web bridge). */
  wouldHide = $state(false);

  readonly #bridge: AppBridge;
  readonly #web: WebBridge | null;
  readonly #report: ShowToast;

  constructor(bridge: AppBridge, web: WebBridge | null, report: ShowToast) {
    this.#bridge = bridge;
    this.#web = web;
    this.#report = report;
  }

  /** Subscribes to the bridge; `onShown` hears each showing of the window. Returns the unsubscribe. */
  subscribe(onShown: (view: View) => void): () => void {
    const stops = [
      this.#bridge.onState((state) => (this.state = state)),
      this.#bridge.onShown(({ view }) => {
        this.wouldHide = false;
        onShown(view);
        if (this.state) void this.refresh();
      }),
    ];
    if (this.#web) stops.push(this.#web.onHiddenChange((hidden) => (this.wouldHide = hidden)));
    return () => stops.forEach((stop) => stop());
  }

  async refresh(): Promise<void> {
    const state = await this.#bridge.getState();
    this.state = state;
    if (state.notice) this.#report('error', state.notice);
  }

  isFavourite(entry: StatusEntry): boolean {
    return this.settings.favourites.includes(entry.code);
  }

  /** Enter, Shift+Enter or Ctrl/Cmd+Enter on a status: the app resolves copy or paste. */
  async act(entry: StatusEntry, format: CopyRequest['format'], action: EnterAction) {
    const reply = await this.#bridge.primary({
      code: entry.code,
      kind: entry.kind,
      format,
      action,
    });
    if (!reply.ok) return this.#report('error', reply.message);
    const note = [reply.note, reply.pasteProblem].filter((n) => n !== null).join(' ') || null;
    const verb = reply.pasted ? 'Pasted' : 'Copied';
    this.#report(reply.pasteProblem ? 'error' : 'ok', `${verb} ${reply.text}`, note);
  }

  /** Copies a status in a format and stays (the detail pane's buttons). */
  async copy(entry: StatusEntry, format: CopyRequest['format']) {
    const reply = await this.#bridge.copy({ code: entry.code, kind: entry.kind, format });
    if (reply.ok) this.#report('ok', `Copied ${reply.text}`, reply.note);
    else this.#report('error', reply.message);
  }

  /** Whether this host can paste into other apps, for Preferences. */
  checkPaste(): Promise<PasteCheck> {
    return this.#bridge.checkPaste();
  }

  async hide() {
    await this.#bridge.hide();
  }

  openExternal = async (url: string) => {
    const reply = await this.#bridge.openExternal({ url });
    if (!reply.ok) this.#report('error', reply.message);
  };

  async updateSettings(patch: SettingsPatch) {
    const reply = await this.#bridge.updateSettings(patch);
    if (reply.ok) this.state = reply.state;
    return reply;
  }

  /** Asks the app for a project folder and reads its Starlette version; the reply's message on failure. */
  async detectStarlette(): Promise<string | null> {
    const reply = await this.#bridge.detectStarlette();
    if (reply.ok) this.state = reply.state;
    return reply.ok ? null : reply.message;
  }

  async forgetProjectFolder() {
    const reply = await this.#bridge.forgetProjectFolder();
    if (reply.ok) this.state = reply.state;
  }

  async toggleFavourite(entry: StatusEntry) {
    const next = toggleFavourite(this.settings, entry.code);
    const reply = await this.updateSettings({ favourites: next.favourites });
    if (!reply.ok) this.#report('error', reply.message);
  }
}
