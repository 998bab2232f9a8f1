/**
 * What an Enter key does with the highlighted status, under the primary action the settings
 * choose: Enter the primary action, Shift+Enter the other one, Ctrl/Cmd+Enter keeps the window
 * open. Its own module so the window's key hints need none of the app service.
 */
import type { EnterAction, PrimaryAction } from './ipc';

export function resolveAction(
  primary: PrimaryAction,
  action: EnterAction,
): { paste: boolean; hide: boolean } {
  const paste = action === 'other' ? primary !== 'paste' : primary === 'paste';
  return { paste, hide: action !== 'stay' };
}
