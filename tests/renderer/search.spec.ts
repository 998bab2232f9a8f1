import { expect, test } from './fixtures';

test.describe('searching', () => {
  test('opens focused on an empty query that lists the registry by class', async ({ palette }) => {
    await expect(palette.search).toHaveValue('');
    await expect(palette.list.getByText('1xx Informational')).toBeVisible();
    expect((await palette.codes()).slice(0, 3)).toEqual([100, 101, 102]);
    await expect(palette.highlighted).toHaveAttribute('data-code', '100');
  });

  test('updates the results on every keystroke', async ({ palette }) => {
    await palette.search.press('4');
    await expect(palette.list).toHaveAttribute('data-rendered-query', '4');
    await palette.search.press('2');
    await expect(palette.list).toHaveAttribute('data-rendered-query', '42');
    expect((await palette.codes()).slice(0, 5)).toContain(421);
    await palette.search.press('9');
    await expect(palette.list).toHaveAttribute('data-rendered-query', '429');
    expect((await palette.codes())[0]).toBe(429);
  });

  test('finds a status by what it means', async ({ palette }) => {
    await palette.type('rate limit');
    await expect(palette.highlighted).toHaveAttribute('data-code', '429');
    await expect(palette.highlighted).toContainText('HTTP_429_TOO_MANY_REQUESTS');
    await expect(palette.highlighted).toContainText('Too Many Requests');
  });

  test('shows each row with its code coloured by class, constant, phrase and reason', async ({
    palette,
  }) => {
    await palette.type('404');
    const row = palette.highlighted;
    await expect(row.locator('.code')).toHaveText('404');
    await expect(row.locator('.code')).toHaveClass(/class-4xx/);
    await expect(row.locator('.constant')).toHaveText('HTTP_404_NOT_FOUND');
    await expect(row).toContainText('Not Found');
    await expect(row.locator('.reason')).toHaveText('code');

    await palette.type('503');
    await expect(palette.highlighted.locator('.code')).toHaveClass(/class-5xx/);
  });

  test('badges a deprecated name, WebSocket, unofficial, close-frame and no-body statuses', async ({
    palette,
  }) => {
    await palette.type('HTTP_422_UNPROCESSABLE_ENTITY');
    await expect(palette.highlighted).toContainText('HTTP_422_UNPROCESSABLE_CONTENT');
    await expect(palette.highlighted.locator('.badge-deprecated-name')).toBeVisible();
    await expect(palette.highlighted.locator('.reason')).toHaveText(
      'alias: HTTP_422_UNPROCESSABLE_ENTITY',
    );

    await palette.type('1006');
    await expect(palette.highlighted.locator('.badge-websocket')).toBeVisible();
    await expect(palette.highlighted.locator('.badge-no-close-frame')).toBeVisible();

    await palette.type('499');
    await expect(palette.highlighted.locator('.badge-unofficial')).toBeVisible();
    await expect(palette.highlighted.locator('.constant')).toHaveText('no FastAPI constant');

    await palette.type('204');
    await expect(palette.highlighted.locator('.badge-no-body')).toBeVisible();

    await palette.type('200');
    await expect(palette.highlighted.locator('.badge')).toHaveCount(0);
  });

  test('finds other ecosystems’ names and says which one matched', async ({ palette }) => {
    await palette.type('StatusTeapot');
    await expect(palette.highlighted).toHaveAttribute('data-code', '418');
    await expect(palette.highlighted.locator('.reason')).toContainText('http.StatusTeapot');
  });

  test('says so when nothing matches', async ({ palette }) => {
    await palette.type('zzzzqqq');
    await expect(palette.options).toHaveCount(0);
    await expect(palette.list).toContainText('Nothing matches “zzzzqqq”');
  });

  test('is a combobox whose active descendant is the highlighted row', async ({ palette }) => {
    await palette.type('not found');
    const id = await palette.highlighted.getAttribute('id');
    await expect(palette.search).toHaveAttribute('aria-activedescendant', id!);
    await palette.search.press('ArrowDown');
    const next = await palette.highlighted.getAttribute('id');
    expect(next).not.toBe(id);
    await expect(palette.search).toHaveAttribute('aria-activedescendant', next!);
  });
});
