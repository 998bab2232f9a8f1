/**
 * Runs the keymap's commands against the window's parts: the keymap says what a key means,
 * this says what that does here. Plain TypeScript over the parts' interfaces, tested in Node.
 */
import type { EnterAction, View } from '$core/ipc';
import type { FormatId, StatusEntry } from '$core/registry';
import {
  listCommandForKey,
  windowCommandForKey,
  type Command,
  type KeyPress,
  type Move,
} from '../keymap';
import type { ListOption } from '../listing';

/** What the dispatch needs of each part (the classes beside this file provide it). */
export interface KeyTargets {
  session: {
    readonly query: string;
    readonly format: FormatId;
    readonly highlighted: ListOption | null;
    move(move: Move): void;
    highlightNth(index: number): ListOption | null;
    cycleFormat(step: 1 | -1): void;
    setQuery(query: string): void;
    focusSearch(): void;
  };
  app: {
    readonly wouldHide: boolean;
    act(entry: StatusEntry, format: FormatId, action: EnterAction): Promise<void>;
    hide(): Promise<void>;
    toggleFavourite(entry: StatusEntry): Promise<void>;
  };
  router: { readonly view: View; open(view: View): void };
}

export interface KeyDispatch {
  /** Runs a command; false when it does not apply here, so the key keeps its default. */
  run(command: Command): boolean;
  /** Keys of the search box (the combobox): list moves and Enter. */
  onSearchKey(press: KeyPress): boolean;
  /** Keys anywhere in the window. */
  onWindowKey(press: KeyPress): boolean;
}

export function createKeyDispatch({ session, app, router }: KeyTargets): KeyDispatch {
  function run(command: Command): boolean {
    switch (command.type) {
      case 'move':
        session.move(command.move);
        return true;
      case 'act':
        if (session.highlighted) {
          void app.act(session.highlighted.entry, session.format, command.action);
        }
        return true;
      case 'copyNth': {
        const option = session.highlightNth(command.index);
        if (option) void app.act(option.entry, session.format, 'primary');
        return true;
      }
      case 'cycleFormat':
        session.cycleFormat(command.step);
        return true;
      case 'escape':
        if (session.query) {
          session.setQuery('');
          session.focusSearch();
        } else {
          void app.hide();
        }
        return true;
      case 'toggleFavourite':
        if (session.highlighted) void app.toggleFavourite(session.highlighted.entry);
        return true;
      case 'preferences':
        router.open('preferences');
        return true;
    }
  }

  return {
    run,
    onSearchKey(press) {
      const command = listCommandForKey(press);
      return command ? run(command) : false;
    },
    onWindowKey(press) {
      if (app.wouldHide) return false;
      const command = windowCommandForKey(press);
      if (!command) return false;
      if (router.view !== 'search') {
        // Outside the search: Esc and Ctrl/Cmd+, go back to it; the rest belong to the search.
        if (command.type === 'escape' || command.type === 'preferences') {
          const toPreferences = command.type === 'preferences' && router.view !== 'preferences';
          router.open(toPreferences ? 'preferences' : 'search');
          return true;
        }
        return false;
      }
      return run(command);
    },
  };
}
