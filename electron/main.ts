// The composition root of the main process. The shell (tray, hotkey, window) arrives with its issue.
import { app } from 'electron';

app.whenReady().then(() => {
  app.quit();
});
