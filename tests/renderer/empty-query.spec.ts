import { expect, test, type PalettePage } from './fixtures';

const sections = (palette: PalettePage) => palette.list.locator('.section-title').allTextContents();

test.describe('the empty query', () => {
  test('lists the registry under class headers', async ({ palette }) => {
    expect(await sections(palette)).toEqual([
      '1xx Informational',
      '2xx Success',
      '3xx Redirection',
      '4xx Client Error',
      '5xx Server Error',
      'WebSocket close codes',
      'Unofficial codes',
    ]);
  });

  test('Ctrl+D and the star pin favourites first, and they survive a restart', async ({
    palette,
  }) => {
    await palette.type('teapot');
    await palette.search.press('Control+d');
    await expect(palette.highlighted.locator('.star')).toBeVisible();
    await palette.type('1008');
    const star = palette.detail.getByRole('button', { name: 'Favourite' });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');

    await palette.search.press('Escape');
    await expect(palette.search).toHaveValue('');
    expect((await sections(palette))[0]).toBe('Favourites');
    expect((await palette.codes()).slice(0, 2)).toEqual([418, 1008]);

    await palette.page.reload();
    await expect(palette.search).toBeFocused();
    expect((await sections(palette))[0]).toBe('Favourites');
    expect((await palette.codes()).slice(0, 2)).toEqual([418, 1008]);

    // Ctrl+D on a favourite unpins it.
    await palette.search.press('Control+d');
    expect((await palette.codes()).slice(0, 2)).toEqual([1008, 100]);
  });

  test('lists the recently copied, newest first, at most ten, across restarts', async ({
    palette,
  }) => {
    const copied = [200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 418, 429];
    for (const code of copied) {
      await palette.type(String(code));
      await palette.search.press('Control+Enter');
    }
    await palette.type('');
    expect(await sections(palette)).toContain('Recently copied');
    const recent = palette.list.locator('[role="group"]', { hasText: 'Recently copied' });
    const codes = await recent
      .getByRole('option')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-code'))));
    expect(codes).toEqual(copied.slice(-10).reverse());

    await palette.page.reload();
    await expect(palette.search).toBeFocused();
    expect(await sections(palette)).toContain('Recently copied');
  });

  test('class chips filter the list, from the mouse or the arrow keys', async ({ palette }) => {
    const chips = palette.page.getByRole('radiogroup', { name: 'Show' });
    await chips.getByRole('radio', { name: '4xx' }).click();
    await expect(chips.getByRole('radio', { name: '4xx' })).toHaveAttribute('aria-checked', 'true');
    expect(await sections(palette)).toEqual(['4xx Client Error']);
    expect((await palette.codes()).every((c) => c >= 400 && c < 500)).toBe(true);

    await palette.page.keyboard.press('ArrowRight');
    await expect(chips.getByRole('radio', { name: '5xx' })).toBeFocused();
    expect(await sections(palette)).toEqual(['5xx Server Error']);
    await palette.page.keyboard.press('ArrowRight');
    expect(await sections(palette)).toEqual(['WebSocket close codes']);

    // The filter holds for a query too.
    await palette.type('error');
    expect((await palette.codes()).every((c) => c >= 1000)).toBe(true);

    await chips.getByRole('radio', { name: 'All' }).click();
    await palette.type('');
    expect((await sections(palette)).length).toBe(7);
  });
});
