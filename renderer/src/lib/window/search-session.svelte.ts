/**
 * One look-up in the search view: the query, the class filter, the list they make, the
 * highlighted row and the copy format cycled to. It reads the app's settings (favourites,
 * recents, the preferred format) and asks nothing of the bridge.
 */
import type { FormatId, StatusClass } from '$core/registry';
import type { Search } from '$core/search';
import type { Settings } from '$core/settings';
import { cycleFormat } from '../formats';
import type { Move } from '../keymap';
import { moveHighlight, pageSizeFor } from '../list-navigation';
import { browseList, searchList, type ListOption, type Listing } from '../listing';

const EMPTY_LIST: Listing = { sections: [], options: [], pending: false, ignored: 0 };

export class SearchSession {
  query = $state('');
  filter = $state<StatusClass | null>(null);
  /** The list's height in pixels, bound from the list element: PageUp/PageDown move by what fits. */
  listHeight = $state(0);
  pageSize: number = $derived(pageSizeFor(this.listHeight));
  /** Bumped when the search box should take focus; `select` also selects its text (on show). */
  focusRequest = $state.raw({ count: 0, select: false });
  /**
   * The search engine, a chunk of its own loaded as the window starts: the first paint (the
   * empty query's listing) needs none of it, and it is there long before the first keystroke.
   */
  searchEngine = $state.raw<Search | null>(null);

  /** The option id the person moved to; null: the first option. Survives list changes. */
  #highlightId = $state<string | null>(null);
  /**
   * The format chosen with Alt+←/→ for this look-up, and the preferred format it was chosen
   * over: a new preferred format (set in Preferences) wins over it.
   */
  #formatOverride = $state.raw<{ format: FormatId; over: FormatId } | null>(null);

  readonly #settings: () => Settings;

  constructor(settings: () => Settings) {
    this.#settings = settings;
  }

  format: FormatId = $derived.by(() => {
    const preferred = this.#settings().copyFormat;
    const override = this.#formatOverride;
    return override && override.over === preferred ? override.format : preferred;
  });
  /** The empty query's listing; it stays rendered (hidden) while a query shows its results. */
  browse = $derived.by(() => {
    const { favourites, recents } = this.#settings();
    return browseList({ filter: this.filter, favourites, recents });
  });
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

  /** Each showing of the window starts a look-up: the preferred format, the query selected. */
  restart() {
    this.#formatOverride = null;
    this.focusSearch(true);
  }

  focusSearch(select = false) {
    this.focusRequest = { count: this.focusRequest.count + 1, select };
  }

  setQuery(query: string) {
    this.query = query;
    this.#highlightId = null;
  }

  /** Chooses a class; choosing the current one again shows every class. */
  setFilter(filter: StatusClass | null) {
    this.filter = this.filter === filter ? null : filter;
    this.#highlightId = null;
  }

  highlight(id: string) {
    if (this.#highlightId !== id) this.#highlightId = id;
  }

  move(move: Move) {
    const at = moveHighlight(this.highlightIndex, this.list.options.length, move, this.pageSize);
    const option = this.list.options[at];
    if (option) this.#highlightId = option.id;
  }

  /** Highlights the option at `index` (Ctrl/Cmd+1…9) and returns it; null past the list's end. */
  highlightNth(index: number): ListOption | null {
    const option = this.list.options[index] ?? null;
    if (option) this.#highlightId = option.id;
    return option;
  }

  cycleFormat(step: 1 | -1) {
    this.#formatOverride = {
      format: cycleFormat(this.format, step),
      over: this.#settings().copyFormat,
    };
  }

  /** Shows the given status: its code as the query, its row highlighted (a "see also" link). */
  follow(code: number) {
    this.setQuery(String(code));
    const option = this.list.options.find((o) => o.entry.code === code);
    if (option) this.#highlightId = option.id;
    this.focusSearch();
  }
}
