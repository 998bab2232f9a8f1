/**
 * The screenshots in docs/ (`npm run docs:screenshots`): the window in both themes, the detail
 * pane whole, the preferences. Skipped in the normal run, which must not rewrite docs/.
 */
import { expect, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/*.png');

const SETTINGS = {
  favourites: [422, 1008],
  recents: [
    { code: 429, format: 'fastapi', at: 1_760_000_000_000 },
    { code: 404, format: 'fastapi', at: 1_759_000_000_000 },
  ],
};

test.beforeEach(async ({ context }) => {
  await context.addInitScript((settings) => {
    if (!localStorage.getItem('status-palette.settings')) {
      localStorage.setItem('status-palette.settings', JSON.stringify(settings));
    }
  }, SETTINGS);
});

test('the window in the light theme', async ({ palette }) => {
  await palette.page.emulateMedia({ colorScheme: 'light' });
  await palette.type('rate limit');
  await palette.search.press('ArrowDown');
  await palette.search.press('ArrowUp');
  await palette.page.screenshot({ path: 'docs/window-light.png' });
});

test('the window in the dark theme', async ({ palette }) => {
  await palette.page.emulateMedia({ colorScheme: 'dark' });
  await expect(palette.list.locator('.section-title').first()).toHaveText('Favourites');
  await palette.page.screenshot({ path: 'docs/window-dark.png' });
});

test('the detail pane, whole', async ({ palette }) => {
  await palette.page.emulateMedia({ colorScheme: 'light' });
  await palette.page.setViewportSize({ width: 720, height: 2150 });
  await palette.type('HTTP_413_REQUEST_ENTITY_TOO_LARGE');
  await expect(palette.detail.locator('h2')).toContainText('413');
  await palette.detail.screenshot({ path: 'docs/detail-pane.png' });
});

test('the preferences', async ({ palette }) => {
  await palette.page.emulateMedia({ colorScheme: 'light' });
  await palette.search.press('Control+,');
  await expect(palette.page.getByTestId('hotkey-status')).toBeVisible();
  await palette.page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await palette.page.screenshot({ path: 'docs/preferences.png' });
});
