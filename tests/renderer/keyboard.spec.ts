import { expect, test } from './fixtures';

test.describe('the keyboard', () => {
  test('↑/↓ move the highlight and wrap at the ends', async ({ palette }) => {
    await palette.type('not');
    const codes = await palette.codes();
    expect(codes.length).toBeGreaterThan(3);
    await palette.search.press('ArrowDown');
    expect(await palette.highlightedCode()).toBe(codes[1]);
    await palette.search.press('ArrowDown');
    expect(await palette.highlightedCode()).toBe(codes[2]);
    await palette.search.press('ArrowUp');
    await palette.search.press('ArrowUp');
    expect(await palette.highlightedCode()).toBe(codes[0]);
    await palette.search.press('ArrowUp');
    expect(await palette.highlightedCode()).toBe(codes.at(-1));
    await palette.search.press('ArrowDown');
    expect(await palette.highlightedCode()).toBe(codes[0]);
  });

  test('PageDown/PageUp move by a page, Home/End to the ends', async ({ palette }) => {
    const codes = await palette.codes();
    await palette.search.press('PageDown');
    const paged = codes.indexOf(await palette.highlightedCode());
    expect(paged).toBeGreaterThanOrEqual(5);
    expect(paged).toBeLessThan(12);
    await expect(palette.highlighted).toBeInViewport();
    await palette.search.press('End');
    expect(await palette.highlightedCode()).toBe(codes.at(-1));
    await expect(palette.highlighted).toBeInViewport();
    await palette.search.press('PageUp');
    expect(codes.indexOf(await palette.highlightedCode())).toBe(codes.length - 1 - paged);
    await palette.search.press('Home');
    expect(await palette.highlightedCode()).toBe(codes[0]);
    await expect(palette.highlighted).toBeInViewport();
  });

  test('Enter copies the highlighted result and hides the window', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('rate limit');
    await palette.search.press('Enter');
    await expect(palette.wouldHide).toBeVisible();
    expect(await palette.clipboard()).toBe('status.HTTP_429_TOO_MANY_REQUESTS');
  });

  test('showing the window again focuses the search with its text selected', async ({
    palette,
  }) => {
    await palette.type('rate limit');
    await palette.search.press('Enter');
    await expect(palette.wouldHide).toBeVisible();
    await palette.wouldHide.getByRole('button', { name: 'Show it again' }).press('Enter');
    await expect(palette.wouldHide).toBeHidden();
    await expect(palette.search).toBeFocused();
    await expect(palette.search).toHaveValue('rate limit');
    const selected = await palette.search.evaluate(
      (input: HTMLInputElement) => [input.selectionStart, input.selectionEnd] as const,
    );
    expect(selected).toEqual([0, 'rate limit'.length]);
    // Typing replaces the selected query.
    await palette.page.keyboard.type('418');
    await expect(palette.search).toHaveValue('418');
  });

  test('Ctrl+Enter copies and keeps the window open', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('404');
    await palette.search.press('Control+Enter');
    await expect(palette.toast).toHaveText('Copied status.HTTP_404_NOT_FOUND');
    await expect(palette.wouldHide).toBeHidden();
    expect(await palette.clipboard()).toBe('status.HTTP_404_NOT_FOUND');
    await expect(palette.search).toBeFocused();
  });

  test('Ctrl+1…9 copy the n-th result', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('server error');
    const third = await palette.options.nth(2).locator('.constant').textContent();
    await palette.search.press('Control+3');
    await expect(palette.wouldHide).toBeVisible();
    expect(await palette.clipboard()).toBe(`status.${third}`);
  });

  test('Alt+←/→ cycle the copy format, and Enter copies in it', async ({ palette }) => {
    await palette.clearClipboard();
    await expect(palette.format).toHaveText('FastAPI status.X');
    await palette.type('404');
    await palette.search.press('Alt+ArrowRight');
    await expect(palette.format).toHaveText('Bare constant');
    await palette.search.press('Alt+ArrowRight');
    await expect(palette.format).toHaveText('Number');
    await palette.search.press('Alt+ArrowLeft');
    await expect(palette.format).toHaveText('Bare constant');
    await expect(palette.page.getByTestId('enter-preview')).toContainText('HTTP_404_NOT_FOUND');
    await palette.search.press('Control+Enter');
    expect(await palette.clipboard()).toBe('HTTP_404_NOT_FOUND');
    // Left from the first format wraps to the last.
    await palette.search.press('Alt+ArrowLeft');
    await palette.search.press('Alt+ArrowLeft');
    await expect(palette.format).toHaveText('FastAPI WebSocket close');
  });

  test('Esc clears the query, and on an empty query hides the window', async ({ palette }) => {
    await palette.type('teapot');
    await palette.search.press('Escape');
    await expect(palette.search).toHaveValue('');
    await expect(palette.wouldHide).toBeHidden();
    await palette.search.press('Escape');
    await expect(palette.wouldHide).toBeVisible();
  });

  test('Tab moves into the detail pane; its buttons answer Enter themselves', async ({
    palette,
  }) => {
    await palette.type('429');
    const focused = palette.page.locator(':focus');
    // The header's controls first: the preferences button, then the class chips (one stop).
    await palette.page.keyboard.press('Tab');
    await expect(focused).toHaveAccessibleName('Preferences');
    await palette.page.keyboard.press('Tab');
    await expect(focused).toHaveAttribute('role', 'radio');
    await palette.page.keyboard.press('Tab');
    await expect(focused).toHaveAccessibleName(/Favourite/);
    await expect(palette.detail.locator(':focus')).toHaveCount(1);
    // Walk to the first "see also" button and follow it with Enter.
    const seeAlso = palette.detail.getByRole('button', { name: /^503 / });
    for (let i = 0; i < 10 && !(await seeAlso.evaluate((b) => b === document.activeElement)); i++) {
      await palette.page.keyboard.press('Tab');
    }
    await expect(seeAlso).toBeFocused();
    await palette.page.keyboard.press('Enter');
    await expect(palette.search).toHaveValue('503');
    await expect(palette.search).toBeFocused();
    await expect(palette.wouldHide).toBeHidden();
  });

  test('the mouse: hovering highlights, clicking copies', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('redirect');
    const second = palette.options.nth(1);
    const code = await second.getAttribute('data-code');
    await second.hover();
    await expect(palette.highlighted).toHaveAttribute('data-code', code!);
    await expect(palette.detail.locator('h2')).toContainText(code!);
    await second.click();
    await expect(palette.wouldHide).toBeVisible();
    expect(await palette.clipboard()).toMatch(new RegExp(`^status\\.HTTP_${code}_`));
  });
});
