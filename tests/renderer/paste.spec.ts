import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Pastes `text` into the focused search box as the clipboard would. */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement?.dispatchEvent(event);
    // A paste that is not intercepted is inserted by the browser, as a real one would be.
    if (!event.defaultPrevented) document.execCommand('insertText', false, value);
  }, text);
}

test.describe('pasting text', () => {
  test('a multi-line log paste keeps its words apart and finds the status it carries', async ({
    palette,
  }) => {
    await palette.search.focus();
    const log = [
      '10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 12',
      '10.0.0.1 - - [01/Dec/2026:10:00:01 +0000] "GET /x HTTP/1.1" 502 9',
    ].join('\n');
    await paste(palette.page, log);
    await expect(palette.search).toHaveValue(log.replace('\n', ' '));
    await expect(palette.highlighted).toHaveAttribute('data-code', '502');
    await expect(palette.highlighted.locator('.reason')).toHaveText(
      'status field of an access-log line',
    );
    await expect(palette.page.getByRole('status').filter({ hasText: 'KB' })).toHaveCount(0);
  });

  test('a paste past 4 KB is searched by its start, and a line says the rest was ignored', async ({
    palette,
  }) => {
    await palette.search.focus();
    await paste(palette.page, `HTTP/1.1 503 Service Unavailable\n${'x '.repeat(5_000)}`);
    await expect(palette.highlighted).toHaveAttribute('data-code', '503');
    await expect(palette.list.getByRole('status')).toContainText(
      'Only the first 4 KB of the text are searched',
    );
  });
});
