/**
 * Paste into the previous app, as the window shows it in a browser tab (the web bridge): the
 * keys say which does what, Preferences turns paste on and says what this host can do, and a
 * tab, which cannot paste into another app, copies instead and says so once.
 */
import { expect, test, type PalettePage } from './fixtures';

async function choosePaste(palette: PalettePage) {
  await palette.search.press('Control+,');
  const enter = palette.page.getByRole('radiogroup', { name: 'Enter' });
  await enter.getByText('Paste into the previous app').click();
  await expect(enter.getByRole('radio', { name: 'Paste into the previous app' })).toBeChecked();
}

const hints = (palette: PalettePage) => ({
  enter: palette.page.getByTestId('enter-preview'),
  other: palette.page.getByTestId('other-hint'),
  stay: palette.page.getByTestId('stay-hint'),
});

test.describe('paste into the previous app', () => {
  test('the key hints say which key copies and which pastes, and follow the setting', async ({
    palette,
  }) => {
    await palette.type('404');
    const { enter, other, stay } = hints(palette);
    await expect(enter).toContainText('↵ copy status.HTTP_404_NOT_FOUND');
    await expect(other).toHaveText('Shift+↵ paste');
    await expect(stay).toHaveText('Ctrl+↵ copy, stay');

    await choosePaste(palette);
    await palette.page.keyboard.press('Escape');
    await expect(enter).toContainText('↵ paste status.HTTP_404_NOT_FOUND');
    await expect(other).toHaveText('Shift+↵ copy');
    await expect(stay).toHaveText('Ctrl+↵ paste, stay');
  });

  test('Preferences: "Enter" offers Copy and Paste, says what this host can do, and keeps the restore option', async ({
    palette,
  }) => {
    await palette.search.press('Control+,');
    const enter = palette.page.getByRole('radiogroup', { name: 'Enter' });
    await expect(enter.getByRole('radio', { name: 'Copy', exact: true })).toBeChecked();
    await expect(palette.page.getByTestId('paste-check')).toHaveText(
      /a browser tab cannot paste into another app/i,
    );
    // Not a Mac: no word of the macOS permission.
    await expect(palette.page.getByTestId('accessibility-help')).toHaveCount(0);
    const restore = palette.page.getByLabel('After pasting, put back what the clipboard held');
    await expect(restore).not.toBeChecked();

    await enter.getByText('Paste into the previous app').click();
    await restore.check();
    await palette.page.reload();
    await palette.search.press('Control+,');
    await expect(enter.getByRole('radio', { name: 'Paste into the previous app' })).toBeChecked();
    await expect(restore).toBeChecked();
  });

  test('on a Mac, Preferences says how to grant Accessibility and that updates of an unsigned build lose it', async ({
    palette,
  }) => {
    await palette.page.addInitScript(() =>
      Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }),
    );
    await palette.page.reload();
    await palette.search.press('Meta+,');
    const help = palette.page.getByTestId('accessibility-help');
    await expect(help).toContainText('Privacy & Security > Accessibility');
    await expect(help).toContainText('unsigned build loses the permission at each update');
  });

  test('a browser tab copies instead of pasting, and says so once', async ({ palette }) => {
    await choosePaste(palette);
    await palette.page.keyboard.press('Escape');
    await palette.clearClipboard();
    await palette.type('rate limit');
    await palette.search.press('Enter');
    await expect(palette.wouldHide).toBeVisible();
    expect(await palette.clipboard()).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
    await expect(palette.toast).toContainText('Copied status.HTTP_429_TOO_MANY_REQUESTS');
    await expect(palette.toast).toContainText('a browser tab cannot paste into another app');

    await palette.wouldHide.getByRole('button', { name: 'Show it again' }).press('Enter');
    await palette.type('404');
    await palette.search.press('Control+Enter');
    await expect(palette.toast).toHaveText('Copied status.HTTP_404_NOT_FOUND');
    await expect(palette.wouldHide).toBeHidden();
    expect(await palette.clipboard()).toBe('status.HTTP_404_NOT_FOUND');
  });

  test('Shift+Enter does the other action: with Enter on copy, it tries to paste', async ({
    palette,
  }) => {
    await palette.clearClipboard();
    await palette.type('404');
    await palette.search.press('Shift+Enter');
    await expect(palette.wouldHide).toBeVisible();
    expect(await palette.clipboard()).toBe('status.HTTP_404_NOT_FOUND');
    await expect(palette.toast).toContainText('a browser tab cannot paste');
  });
});
