/**
 * A settings writer for the kill tests: saves settings again and again, each with the next
 * number as its recent's time (any count is valid there; a hotkey past F24 is not), and prints
 * each number once its write is on disk.
 */
import { DEFAULT_SETTINGS } from '../../core/settings';
import { createSettingsStore } from '../../electron/settings-store';

const dir = process.argv[2]!;
const store = createSettingsStore(structuredClone(DEFAULT_SETTINGS), { dir });
for (let i = 1; ; i += 1) {
  const result = await store.set({
    ...DEFAULT_SETTINGS,
    favourites: [404],
    recents: [{ code: 404, format: 'fastapi', at: i }],
  });
  if (!result.ok) throw new Error(result.message);
  process.stdout.write(`${i}\n`);
}
