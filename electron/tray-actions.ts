/**
 * What a click in the tray menu does. Copies made from the tray can be announced with a system
 * notification (setting notifyOnTrayCopy), since no window shows what was copied; a copy or a
 * setting that fails is always announced, so a click is never silently lost. A paste goes
 * through the service's primary action, which tells the person itself when it only copied.
 */
import { entryByCode } from '../core/registry';
import type { AppService } from '../core/app-service';
import type { SettingsPatch, View } from '../core/ipc';
import type { TrayAction } from './tray-menu';

export interface TrayActionDeps {
  service: Pick<AppService, 'copy' | 'primary' | 'updateSettings' | 'state'>;
  show: (view: View) => void;
  quit: () => void;
  /** Shows a system notification where the OS supports them; a no-op elsewhere. */
  notify: (title: string, body: string) => void;
  log: (message: string) => void;
}

export function createTrayDispatcher(deps: TrayActionDeps): (action: TrayAction) => Promise<void> {
  const { service, show, quit, notify, log } = deps;

  async function change(patch: SettingsPatch): Promise<void> {
    const reply = await service.updateSettings(patch);
    if (!reply.ok) {
      log(`tray: ${reply.message}`);
      notify('Status Palette: setting not changed', reply.message);
    }
  }

  return async (action) => {
    switch (action.type) {
      case 'show':
        return show(action.view);
      case 'quit':
        return quit();
      case 'copy':
      case 'paste': {
        const ask = { code: action.code, format: action.format };
        const reply = await (action.type === 'paste'
          ? service.primary({ ...ask, action: 'primary' })
          : service.copy(ask));
        if (!reply.ok) {
          log(`tray: copy failed: ${reply.message}`);
          notify('Status Palette: nothing copied', reply.message);
        } else if (reply.fellBackToNumber || service.state().settings.notifyOnTrayCopy) {
          // A fallback to the number is always said: the menu gives no other feedback.
          const entry = entryByCode(action.code);
          const what = entry ? `${entry.code} ${entry.phrase}` : String(action.code);
          const verb = 'pasted' in reply && reply.pasted ? 'Pasted' : 'Copied';
          notify(`${verb} ${reply.text}`, reply.note ?? what);
        }
        return;
      }
      case 'set-copy-format':
        return change({ copyFormat: action.format });
      case 'set-launch-at-login':
        return change({ launchAtLogin: action.enabled });
      case 'set-hide-on-blur':
        return change({ hideOnBlur: action.enabled });
      case 'set-paste':
        return change({ primaryAction: action.enabled ? 'paste' : 'copy' });
    }
  };
}
