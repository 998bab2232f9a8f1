// `node --import ./register.mjs out/main/index.js`: the built main process, with a fake electron.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

// Lets one Linux machine walk the macOS and Windows code paths of the composition root.
if (process.env.SMOKE_PLATFORM) {
  Object.defineProperty(process, 'platform', { value: process.env.SMOKE_PLATFORM });
}
