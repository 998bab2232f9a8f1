/**
 * The tray icon's behaviour, per platform. Linux trays (AppIndicator, StatusNotifierItem) deliver
 * clicks unreliably or not at all, so there the menu is the context menu and opens on any click.
 * On macOS and Windows a left click toggles the window and a right click pops the menu up; the
 * menu is therefore not attached, or macOS would open it on the left click too.
 */
import { join } from 'node:path';

export interface TrayLike<M> {
  setContextMenu(menu: M | null): void;
  popUpContextMenu(menu?: M): void;
  setToolTip(toolTip: string): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'right-click', listener: () => void): unknown;
  setIgnoreDoubleClickEvents(ignore: boolean): void;
}

export interface TrayController<M> {
  /** Puts a freshly built menu and tooltip in place. */
  update(menu: M, tooltip: string): void;
}

export function usesContextMenu(platform: NodeJS.Platform): boolean {
  return platform !== 'darwin' && platform !== 'win32';
}

export function controlTray<M>(options: {
  tray: TrayLike<M>;
  platform: NodeJS.Platform;
  onLeftClick: () => void;
}): TrayController<M> {
  const { tray, platform, onLeftClick } = options;
  let menu: M | null = null;
  if (!usesContextMenu(platform)) {
    // macOS holds a click back to see whether a second one follows; a toggle must not wait.
    if (platform === 'darwin') tray.setIgnoreDoubleClickEvents(true);
    tray.on('click', onLeftClick);
    tray.on('right-click', () => {
      if (menu !== null) tray.popUpContextMenu(menu);
    });
  }
  return {
    update(next, tooltip) {
      menu = next;
      // Linux needs setContextMenu again after every change for it to show.
      if (usesContextMenu(platform)) tray.setContextMenu(next);
      tray.setToolTip(tooltip);
    },
  };
}

/**
 * The icon file for each platform. macOS: a template image (black and alpha, "Template" in the
 * name) that the menu bar tints for light and dark; Electron loads trayTemplate@2x.png beside it
 * on Retina displays, and tray@2x.png likewise elsewhere. Windows: an .ico with every size.
 */
export function trayIconPath(dir: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return join(dir, 'trayTemplate.png');
  if (platform === 'win32') return join(dir, 'tray.ico');
  return join(dir, 'tray.png');
}

/**
 * A 16×16 stand-in (a dark rounded square) for when the icon files are missing, so a broken
 * package still shows something to click rather than an invisible tray item.
 */
export const FALLBACK_TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAIElEQVR4nGNgGGzgP5GYIs04DRk1YNQAqhhAiiGDCAAAhwiLdanPoqkAAAAASUVORK5CYII=';
