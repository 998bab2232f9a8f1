/** Which view the window shows: the search, the preferences or the about page. */
import type { View } from '$core/ipc';

export class ViewRouter {
  view = $state<View>('search');
  readonly #onSearch: () => void;

  /** `onSearch`: called whenever the search view is opened (to give its box the focus). */
  constructor(onSearch: () => void) {
    this.#onSearch = onSearch;
  }

  open(view: View) {
    this.view = view;
    if (view === 'search') this.#onSearch();
  }
}
