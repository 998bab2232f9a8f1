/**
 * The window's state, in parts with one job each, made once per page and handed to components
 * through Svelte context (`useApp()` and the like) rather than passed down as props:
 *
 * - `AppConnection`: the app's state, mirrored from the bridge, and the requests that act on it;
 * - `SearchSession`: the query, the filter, the list, the highlight and the cycled format;
 * - `ViewRouter`: which view shows;
 * - `Toasts`: the latest message;
 * - `KeyDispatch`: what the keymap's commands do to the parts above.
 */
import { createContext } from 'svelte';
import type { Host } from '../../bridge';
import { AppConnection } from './app-connection.svelte';
import { createKeyDispatch, type KeyDispatch } from './key-dispatch';
import { SearchSession } from './search-session.svelte';
import { Toasts } from './toasts.svelte';
import { ViewRouter } from './view-router.svelte';

export { AppConnection, SearchSession, Toasts, ViewRouter, type KeyDispatch };
export type { Toast } from './toasts.svelte';

export interface WindowState {
  app: AppConnection;
  session: SearchSession;
  router: ViewRouter;
  toasts: Toasts;
  keys: KeyDispatch;
  /** Subscribes to the bridge, loads the state and the search engine; returns the unsubscribe. */
  start(): () => void;
}

export function createWindowState(host: Host): WindowState {
  const toasts = new Toasts();
  const app = new AppConnection(host.bridge, host.web, toasts.show);
  const session = new SearchSession(() => app.settings);
  const router = new ViewRouter(() => session.focusSearch());
  const keys = createKeyDispatch({ session, app, router });

  function shown(view: Parameters<ViewRouter['open']>[0]) {
    router.view = view;
    session.restart();
  }

  return {
    app,
    session,
    router,
    toasts,
    keys,
    start() {
      const stop = app.subscribe(shown);
      void import('$core/search').then(({ search }) => (session.searchEngine = search));
      void app.refresh();
      shown('search');
      return stop;
    },
  };
}

const [useWindowState, setWindowState] = createContext<WindowState>();

/** Makes the parts available to every component below the caller (App.svelte). */
export function provideWindowState(state: WindowState): void {
  setWindowState(state);
}

export const useApp = () => useWindowState().app;
export const useSession = () => useWindowState().session;
export const useRouter = () => useWindowState().router;
export const useToasts = () => useWindowState().toasts;
export const useKeys = () => useWindowState().keys;
