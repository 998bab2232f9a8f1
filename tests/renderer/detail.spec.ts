import { expect, test } from './fixtures';

test.describe('the detail pane', () => {
  test('describes the highlighted status', async ({ palette }) => {
    await palette.type('429');
    const detail = palette.detail;
    await expect(detail.locator('h2')).toHaveText(/429\s+Too Many Requests/);
    await expect(detail).toContainText('status.HTTP_429_TOO_MANY_REQUESTS');
    await expect(detail).toContainText('4xx Client Error');
    await expect(detail.locator('.headers dt')).toHaveText(['Retry-After · MAY · RFC 6585 §4']);
    await expect(detail.getByRole('link', { name: /RFC 6585 §4/ })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc6585#section-4',
    );
    await expect(detail.getByRole('link', { name: /MDN/ })).toBeVisible();
    await expect(detail.locator('.see-also button')).toHaveCount(3);
    await expect(detail).toContainText('HTTP_429_TOO_MANY_REQUESTS since Starlette 0.5.0');
  });

  test('names deprecated aliases and the Starlette version of each name', async ({ palette }) => {
    await palette.type('HTTP_413_REQUEST_ENTITY_TOO_LARGE');
    await expect(palette.detail.getByTestId('deprecated-note')).toContainText(
      'HTTP_413_REQUEST_ENTITY_TOO_LARGE is deprecated since Starlette 0.48.0; use HTTP_413_CONTENT_TOO_LARGE',
    );
    const names = palette.detail.locator('.names');
    await expect(names).toContainText('HTTP_413_CONTENT_TOO_LARGE since Starlette 0.48.0');
    await expect(names).toContainText(
      'HTTP_413_REQUEST_ENTITY_TOO_LARGE: deprecated alias since Starlette 0.48.0 (a constant since 0.5.0)',
    );
  });

  test('says the flags in words', async ({ palette }) => {
    await palette.type('1006');
    await expect(palette.detail.locator('.flags')).toContainText(
      'Must not be sent in a Close frame',
    );
    await palette.type('304');
    await expect(palette.detail.locator('.flags')).toContainText('has no body');
  });

  test('follows a "see also" status', async ({ palette }) => {
    await palette.type('rate limit');
    await palette.detail.getByRole('button', { name: /^503 Service Unavailable/ }).click();
    await expect(palette.search).toHaveValue('503');
    await expect(palette.highlighted).toHaveAttribute('data-code', '503');
    await expect(palette.detail.locator('h2')).toHaveText(/503\s+Service Unavailable/);
    await expect(palette.search).toBeFocused();
  });

  test('copies any format from its own button and stays open', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('404');
    const formats = palette.detail.getByRole('list', { name: 'Copy formats' });
    // Every format but the WebSocket close snippet, which a 404 has no use for.
    await expect(formats.getByRole('button')).toHaveCount(16);
    await formats.getByRole('button', { name: /Go net\/http/ }).click();
    await expect(palette.toast).toContainText('Copied http.StatusNotFound');
    expect(await palette.clipboard()).toBe('http.StatusNotFound');
    await formats.getByRole('button', { name: /FastAPI raise/ }).click();
    expect(await palette.clipboard()).toBe(
      'raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="...")',
    );
    await expect(palette.wouldHide).toBeHidden();
  });

  test('a format with no name shows and copies the number instead', async ({ palette }) => {
    await palette.clearClipboard();
    await palette.type('306');
    const go = palette.detail.locator('button[data-format="go"]');
    await expect(go).toContainText('no name here: copies 306 instead');
    await go.click();
    expect(await palette.clipboard()).toBe('306');
    await expect(palette.toast).toContainText('has no text for 306; copied the number instead');
  });

  test('offers only the formats written for the kind of code', async ({ palette }) => {
    await palette.type('413');
    const formats = palette.detail.getByRole('list', { name: 'Copy formats' });
    await expect(formats.locator('button[data-format="fastapi-route"]')).toBeVisible();
    await expect(formats.locator('button[data-format="fastapi-ws-close"]')).toHaveCount(0);
    await expect(formats).not.toContainText('copies 413 instead');
    await palette.type('1008');
    await expect(formats.locator('button[data-format="fastapi-ws-close"]')).toBeVisible();
    for (const format of ['fastapi-route', 'status-line', 'go', 'spring']) {
      await expect(formats.locator(`button[data-format="${format}"]`)).toHaveCount(0);
    }
  });

  test('gives each header its requirement level and the section that says it', async ({
    palette,
  }) => {
    await palette.type('301');
    await expect(palette.detail.locator('.headers dt')).toHaveText([
      'Location · SHOULD · RFC 9110 §15.4.2',
    ]);
    await palette.type('201');
    // No keyword in the RFC: the section alone.
    await expect(palette.detail.locator('.headers dt').first()).toHaveText(
      'Location · RFC 9110 §15.3.2',
    );
  });

  test("names 418 by the phrase people know, with IANA's as a note", async ({ palette }) => {
    await palette.type('418');
    await expect(palette.detail.locator('h2')).toHaveText(/418\s+I'm a Teapot/);
    await expect(palette.detail.getByTestId('iana-phrase')).toHaveText('IANA lists it as (Unused)');
    await expect(palette.highlighted).toContainText("I'm a Teapot");
  });

  test('opens links in the browser, not in the window', async ({ palette, context }) => {
    // The links lead off the machine: answer them locally.
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: 'reference' }),
    );
    await palette.type('404');
    const opened = context.waitForEvent('page');
    await palette.detail.getByRole('link', { name: /RFC 9110/ }).click();
    const tab = await opened;
    expect(tab.url()).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
    expect(palette.page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);
  });
});
