/**
 * The window's state, shared by every component: what the main process said (AppState), the
 * query and its list, the highlight, the copy format, the view, the toast. Components read it
 * and call its methods; only this class talks to the bridge.
 */
import type {
  AppState,
  EnterAction,
  PaletteBridge,
  PasteCheck,
  SettingsPatch,
  View,
} from '../../../core/ipc';
import type { FormatId, StatusClass, StatusEntry } from '../../../core/registry';
import type { Search } from '../../../core/search';
import { DEFAULT_SETTINGS, toggleFavourite, type Settings } from '../../../core/settings';
import type { WebBridge } from '../bridge/web-bridge';
import { cycleFormat } from './formats';
import { windowCommandForKey, listCommandForKey, type Command, type KeyPress } from './keymap';
import { moveHighlight } from './list-navigation';
import { browseList, searchList, type ListOption, type ResultList } from './result-list';

const EMPTY_LIST: ResultList = { sections: [], options: [], pending: false, ignored: 0 };

export interface Toast {
  /** Increases with every toast, so the same message twice still restarts the timer. */
  id: number;
  tone: 'ok' | 'error';
  message: string;
  note: string | null;
}

const TOAST_MS = 1800;

export class Palette {
  readonly bridge: PaletteBridge;
  readonly web: WebBridge | null;

  /** Replaced whole on every change, never mutated: raw state, no deep proxy. */
  appState = $state.raw<AppState | null>(null);
  query = $state('');
  filter = $state<StatusClass | null>(null);
  view = $state<View>('search');
  /** In a browser only: the window "would hide" now (see the web bridge). */
  wouldHide = $state(false);
  toast = $state.raw<Toast | null>(null);
  /** Rows that fit in the list, for PageUp/PageDown; the list measures itself. */
  pageSize = $state(8);
  /** Bumped when the search box should take focus; `select` also selects its text (on show). */
  focusRequest = $state.raw({ count: 0, select: false });

  /**
   * The search engine, a chunk of its own loaded as the window starts: the first paint (the
   * empty query's listing) needs none of it, and it is there long before the first keystroke.
   */
  searchEngine = $state.raw<Search | null>(null);

  /** The option id the person moved to; null: the first option. Survives list changes. */
  #highlightId = $state<string | null>(null);
  /** The format chosen with Alt+←/→ for this session; null: the preference. */
  #formatOverride = $state<FormatId | null>(null);
  #toastTimer: ReturnType<typeof setTimeout> | undefined;
  #toastCount = 0;

  settings: Settings = $derived(this.appState?.settings ?? DEFAULT_SETTINGS);
  format: FormatId = $derived(this.#formatOverride ?? this.settings.copyFormat);
  /** The empty query's listing; it stays rendered (hidden) while a query shows its results. */
  browse = $derived(
    browseList({
      filter: this.filter,
      favourites: this.settings.favourites,
      recents: this.settings.recents,
    }),
  );
  searching: boolean = $derived(this.query.trim() !== '');
  results = $derived(
    this.searching ? searchList(this.query, this.filter, this.searchEngine) : EMPTY_LIST,
  );
  /** What the window shows: the results for a query, else the browse listing. */
  list = $derived(this.searching ? this.results : this.browse);
  highlightIndex: number = $derived.by(() => {
    const at = this.list.options.findIndex((o) => o.id === this.#highlightId);
    return at === -1 ? 0 : at;
  });
  highlighted: ListOption | null = $derived(this.list.options[this.highlightIndex] ?? null);
  /**
   * The highlighted row's id: a string, so what reads it (every row, the combobox) reruns only
   * when the highlight moves to another row, not whenever the list is rebuilt with the same one.
   */
  highlightedId: string | null = $derived(this.highlighted?.id ?? null);

  constructor(bridge: PaletteBridge, web: WebBridge | null = null) {
    this.bridge = bridge;
    this.web = web;
  }

  /** Subscribes to the bridge and loads the state; returns the unsubscribe. */
  start(): () => void {
    const stops = [
      this.bridge.onState((state) => this.#receive(state)),
      this.bridge.onShown(({ view }) => this.#shown(view)),
    ];
    if (this.web) stops.push(this.web.onHiddenChange((hidden) => (this.wouldHide = hidden)));
    void import('../../../core/search').then(({ search }) => (this.searchEngine = search));
    void this.refresh();
    this.#shown('search');
    return () => stops.forEach((stop) => stop());
  }

  async refresh(): Promise<void> {
    const state = await this.bridge.getState();
    this.#receive(state);
    if (state.notice) this.showToast('error', state.notice);
  }

  #receive(state: AppState) {
    const before = this.appState?.settings.copyFormat;
    this.appState = state;
    // A new default format (preferences) wins over the one cycled to with Alt+←/→.
    if (before !== undefined && before !== state.settings.copyFormat) this.#formatOverride = null;
  }

  #shown(view: View) {
    this.view = view;
    this.wouldHide = false;
    // Each showing starts from the preferred format; Alt+←/→ is for this one look-up.
    this.#formatOverride = null;
    this.focusSearch(true);
    if (this.appState) void this.refresh();
  }

  focusSearch(select = false) {
    this.focusRequest = { count: this.focusRequest.count + 1, select };
  }

  setQuery(query: string) {
    this.query = query;
    this.#highlightId = null;
  }

  setFilter(filter: StatusClass | null) {
    this.filter = this.filter === filter ? null : filter;
    this.#highlightId = null;
  }

  highlight(id: string) {
    if (this.#highlightId !== id) this.#highlightId = id;
  }

  /** Shows the given status: its code as the query, its row highlighted (a "see also" link). */
  follow(code: number) {
    this.setQuery(String(code));
    const option = this.list.options.find((o) => o.entry.code === code);
    if (option) this.#highlightId = option.id;
    this.focusSearch();
  }

  openView(view: View) {
    this.view = view;
    if (view === 'search') this.focusSearch();
  }

  /** Enter, Shift+Enter or Ctrl/Cmd+Enter on the option: the service resolves copy or paste. */
  async act(option: ListOption | null, action: EnterAction) {
    if (!option) return;
    const { entry } = option;
    const reply = await this.bridge.primary({
      code: entry.code,
      kind: entry.kind,
      format: this.format,
      action,
    });
    if (!reply.ok) return this.showToast('error', reply.message);
    const note = [reply.note, reply.pasteProblem].filter((n) => n !== null).join(' ') || null;
    const verb = reply.pasted ? 'Pasted' : 'Copied';
    this.showToast(reply.pasteProblem ? 'error' : 'ok', `${verb} ${reply.text}`, note);
  }

  /** Copies a status in a format and stays (the detail pane's buttons). */
  async copyEntry(entry: StatusEntry, format: FormatId) {
    const reply = await this.bridge.copy({ code: entry.code, kind: entry.kind, format });
    if (reply.ok) this.showToast('ok', `Copied ${reply.text}`, reply.note);
    else this.showToast('error', reply.message);
  }

  async hide() {
    await this.bridge.hide();
  }

  async openExternal(url: string) {
    const reply = await this.bridge.openExternal({ url });
    if (!reply.ok) this.showToast('error', reply.message);
  }

  async updateSettings(patch: SettingsPatch) {
    const reply = await this.bridge.updateSettings(patch);
    if (reply.ok) this.#receive(reply.state);
    return reply;
  }

  /** Asks the app for a project folder and reads its Starlette version; the reply's message on failure. */
  async detectStarlette(): Promise<string | null> {
    const reply = await this.bridge.detectStarlette();
    if (reply.ok) this.#receive(reply.state);
    return reply.ok ? null : reply.message;
  }

  async forgetProjectFolder() {
    const reply = await this.bridge.forgetProjectFolder();
    if (reply.ok) this.#receive(reply.state);
  }

  /** Whether this host can paste into other apps, for Preferences. */
  checkPaste(): Promise<PasteCheck> {
    return this.bridge.checkPaste();
  }

  async toggleFavourite(entry: StatusEntry) {
    const next = toggleFavourite(this.settings, entry.code);
    const reply = await this.updateSettings({ favourites: next.favourites });
    if (!reply.ok) this.showToast('error', reply.message);
  }

  isFavourite(entry: StatusEntry): boolean {
    return this.settings.favourites.includes(entry.code);
  }

  showToast(tone: Toast['tone'], message: string, note: string | null = null) {
    clearTimeout(this.#toastTimer);
    this.toast = { id: ++this.#toastCount, tone, message, note };
    this.#toastTimer = setTimeout(() => (this.toast = null), note ? TOAST_MS * 2 : TOAST_MS);
  }

  /** Runs a keyboard command; false when it does not apply here, so the key keeps its default. */
  run(command: Command): boolean {
    switch (command.type) {
      case 'move': {
        const count = this.list.options.length;
        const at = moveHighlight(this.highlightIndex, count, command.move, this.pageSize);
        const option = this.list.options[at];
        if (option) this.#highlightId = option.id;
        return true;
      }
      case 'act':
        void this.act(this.highlighted, command.action);
        return true;
      case 'copyNth': {
        const option = this.list.options[command.index];
        if (!option) return true;
        this.#highlightId = option.id;
        void this.act(option, 'primary');
        return true;
      }
      case 'cycleFormat':
        this.#formatOverride = cycleFormat(this.format, command.step);
        return true;
      case 'escape':
        if (this.query) {
          this.setQuery('');
          this.focusSearch();
        } else {
          void this.hide();
        }
        return true;
      case 'toggleFavourite':
        if (this.highlighted) void this.toggleFavourite(this.highlighted.entry);
        return true;
      case 'preferences':
        this.openView('preferences');
        return true;
    }
  }

  /** Keys of the search box (the combobox): list moves and Enter. */
  onSearchKey(press: KeyPress): boolean {
    const command = listCommandForKey(press);
    return command ? this.run(command) : false;
  }

  /** Keys anywhere in the window. */
  onWindowKey(press: KeyPress): boolean {
    if (this.wouldHide) return false;
    const command = windowCommandForKey(press);
    if (!command) return false;
    if (this.view !== 'search') {
      // Outside the search: Esc and Ctrl/Cmd+, go back to it; the rest belong to the search.
      if (command.type === 'escape' || command.type === 'preferences') {
        this.openView(
          command.type === 'preferences' && this.view !== 'preferences' ? 'preferences' : 'search',
        );
        return true;
      }
      return false;
    }
    return this.run(command);
  }
}
