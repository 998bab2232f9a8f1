/** The keyboard this window is used with, read once: the hints and the hotkey field spell keys for it. */
import { keyboardPlatformOfNavigator, type KeyboardPlatform } from '$core/accelerator';

export const keyboardPlatform: KeyboardPlatform = keyboardPlatformOfNavigator(
  typeof navigator === 'undefined' ? '' : navigator.platform,
);
