/** The window's one toast: the latest message, shown for a moment, then gone. */

export interface Toast {
  /** Increases with every toast, so the same message twice still restarts the timer. */
  id: number;
  tone: 'ok' | 'error';
  message: string;
  note: string | null;
}

export type ShowToast = (tone: Toast['tone'], message: string, note?: string | null) => void;

const TOAST_MS = 1800;

export class Toasts {
  current = $state.raw<Toast | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #count = 0;

  /** Replaces the toast on show; a note (a second line to read) keeps it up twice as long. */
  show: ShowToast = (tone, message, note = null) => {
    clearTimeout(this.#timer);
    this.current = { id: ++this.#count, tone, message, note };
    this.#timer = setTimeout(() => (this.current = null), note ? TOAST_MS * 2 : TOAST_MS);
  };
}
