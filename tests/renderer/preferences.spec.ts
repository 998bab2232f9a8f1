import { expect, test, type PalettePage } from './fixtures';

async function openPreferences(palette: PalettePage) {
  await palette.search.press('Control+,');
  await expect(palette.page.getByRole('form', { name: 'Preferences' })).toBeVisible();
}

test.describe('preferences', () => {
  test('Ctrl+, opens them; Esc and the back button return to the search', async ({ palette }) => {
    await palette.type('gone');
    await openPreferences(palette);
    await palette.page.keyboard.press('Escape');
    await expect(palette.search).toBeFocused();
    await expect(palette.search).toHaveValue('gone');

    await palette.page.getByRole('button', { name: 'Preferences' }).click();
    await palette.page.getByRole('button', { name: /Search/ }).click();
    await expect(palette.search).toBeFocused();
  });

  test('records the global hotkey by pressing it, and shows the verdict', async ({ palette }) => {
    await openPreferences(palette);
    const field = palette.page.getByTestId('hotkey');
    const status = palette.page.getByTestId('hotkey-status');
    await expect(field).toContainText('Ctrl+Alt+Space');
    // In a browser nothing registers a global hotkey, and the window says so.
    await expect(status).toContainText('Not registered: A web page cannot register');

    await field.click();
    await expect(field).toContainText('Press the new shortcut');
    await palette.page.keyboard.press('k');
    await expect(status).toContainText('needs a modifier');
    await palette.page.keyboard.press('Control+c');
    await expect(status).toContainText('Ctrl+C is Copy on Windows and Linux');
    await palette.page.keyboard.press('Alt+F4');
    await expect(status).toContainText('Alt+F4 closes the window in front');
    await palette.page.keyboard.press('Control+Shift+K');
    await expect(field).toContainText('Ctrl+Shift+K');

    await field.click();
    await palette.page.keyboard.press('Escape');
    await expect(field).toContainText('Ctrl+Shift+K');
    // Esc cancelled the recording; it did not leave the preferences.
    await expect(palette.page.getByRole('form', { name: 'Preferences' })).toBeVisible();

    await field.click();
    await palette.page.keyboard.press('Control+Alt+Space');
    await expect(field).toContainText('Ctrl+Alt+Space');

    await palette.page.reload();
    await openPreferences(palette);
    await expect(field).toContainText('Ctrl+Alt+Space');
  });

  test('on a Mac, keys read as macOS menus write them', async ({ palette }) => {
    await palette.page.addInitScript(() =>
      Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }),
    );
    await palette.page.reload();
    await expect(palette.page.getByTestId('enter-preview').locator('..')).toContainText('⌘↵');
    await openPreferences(palette);
    const field = palette.page.getByTestId('hotkey');
    await expect(field).toContainText('⌥⌘Space');
    await field.click();
    await palette.page.keyboard.down('Meta');
    await palette.page.keyboard.down('Shift');
    await expect(field).toContainText('⇧⌘…');
    await palette.page.keyboard.press('KeyK');
    await palette.page.keyboard.up('Shift');
    await palette.page.keyboard.up('Meta');
    await expect(field).toContainText('⇧⌘K');
  });

  test('the default copy format is what Enter copies', async ({ palette }) => {
    await openPreferences(palette);
    await palette.page.getByLabel('Copy format').selectOption({ label: 'Go net/http' });
    await palette.page.keyboard.press('Escape');
    await expect(palette.format).toHaveText('Go net/http');
    await palette.clearClipboard();
    await palette.type('404');
    await palette.search.press('Control+Enter');
    expect(await palette.clipboard()).toBe('http.StatusNotFound');
  });

  test('the Starlette version names and copies constants as that release has them', async ({
    palette,
  }) => {
    await openPreferences(palette);
    const version = palette.page.getByLabel('Starlette version');
    await version.fill('0.1');
    await version.press('Enter');
    await expect(palette.page.getByRole('alert')).toContainText('has no status module');
    await version.fill('0.47');
    await version.press('Enter');
    await expect(palette.page.getByRole('alert')).toHaveCount(0);
    await palette.page.keyboard.press('Escape');

    await palette.clearClipboard();
    await palette.type('422');
    await expect(palette.highlighted.locator('.constant')).toHaveText(
      'HTTP_422_UNPROCESSABLE_ENTITY',
    );
    await palette.search.press('Control+Enter');
    expect(await palette.clipboard()).toBe('status.HTTP_422_UNPROCESSABLE_ENTITY');
  });

  test('the theme follows the system unless told otherwise', async ({ palette }) => {
    const background = () =>
      palette.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await palette.page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(29, 30, 33)');
    await palette.page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');

    await openPreferences(palette);
    // A person clicks the segment's label; the radio inside it is visually hidden.
    await palette.page.locator('.segmented label', { hasText: 'Dark' }).click();
    await expect(palette.page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(palette.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(29, 30, 33)');
    await palette.page.reload();
    expect(await background()).toBe('rgb(29, 30, 33)');
  });

  test('switches are kept, and "Restore defaults" resets all but favourites', async ({
    palette,
  }) => {
    await palette.search.press('Control+d');
    await openPreferences(palette);
    const page = palette.page;
    await page.getByRole('checkbox', { name: 'Launch at login' }).check();
    await page.getByRole('checkbox', { name: /Hide the window/ }).uncheck();
    await page.getByRole('checkbox', { name: /Notify after a copy/ }).check();
    await page.locator('.segmented label', { hasText: 'Light' }).click();
    await page.getByLabel('Copy format').selectOption('number');

    await page.reload();
    await openPreferences(palette);
    await expect(page.getByRole('checkbox', { name: 'Launch at login' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Hide the window/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Notify after a copy/ })).toBeChecked();

    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect(palette.toast).toHaveText('Preferences restored to their defaults');
    await expect(page.getByRole('checkbox', { name: 'Launch at login' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Hide the window/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    await expect(page.getByLabel('Copy format')).toHaveValue('fastapi');
    await page.keyboard.press('Escape');
    await expect(palette.list.locator('.section-title').first()).toHaveText('Favourites');
  });

  test('in a browser tab, says that detecting from a project folder needs the desktop app', async ({
    palette,
  }) => {
    await openPreferences(palette);
    await palette.page.getByRole('button', { name: 'Detect from a project folder…' }).click();
    await expect(palette.page.locator('#starlette-help')).toContainText('needs the desktop app');
  });
});

test.describe('about', () => {
  test('names the app version, the data it reflects and links to the sources', async ({
    palette,
    context,
  }) => {
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'source' }),
    );
    await openPreferences(palette);
    await palette.page.getByRole('button', { name: 'About' }).click();
    const about = palette.page.locator('.about');
    await expect(about.locator('h1')).toHaveText(/Status Palette \d+\.\d+\.\d+/);
    await expect(about).toContainText('Starlette 1.7.0');
    await expect(about).toContainText('IANA HTTP Status Code Registry');
    await expect(about).toContainText('updated 2025-09-15');
    const opened = context.waitForEvent('page');
    await about.getByRole('link', { name: /starlette\/status\.py/ }).click();
    expect((await opened).url()).toBe(
      'https://github.com/Kludex/starlette/blob/main/starlette/status.py',
    );
  });
});
