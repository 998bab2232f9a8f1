/**
 * The window as a person meets it: opened over http with the web bridge, clipboard allowed.
 * `PalettePage` names what a person looks at (the search box, the rows, the detail pane...),
 * so the specs read as what someone does.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export class PalettePage {
  readonly page: Page;
  readonly search: Locator;
  readonly list: Locator;
  readonly options: Locator;
  readonly highlighted: Locator;
  readonly detail: Locator;
  readonly toast: Locator;
  readonly wouldHide: Locator;
  readonly format: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByRole('combobox', { name: 'Search statuses' });
    this.list = page.getByRole('listbox', { name: 'Statuses' });
    this.options = this.list.getByRole('option');
    this.highlighted = this.list.locator('[role="option"][aria-selected="true"]');
    this.detail = page.getByTestId('detail');
    this.toast = page.getByTestId('toast');
    this.wouldHide = page.getByTestId('would-hide');
    this.format = page.getByTestId('format').locator('output');
  }

  /** Replaces the query as typing would, one keystroke at a time. */
  async type(query: string) {
    await this.search.fill('');
    await this.search.pressSequentially(query);
    await expect(this.list).toHaveAttribute('data-rendered-query', query);
  }

  /** The codes of the listed rows, in order. */
  async codes(): Promise<number[]> {
    const codes = await this.options.evaluateAll((rows) =>
      rows.map((row) => Number(row.getAttribute('data-code'))),
    );
    return codes;
  }

  async highlightedCode(): Promise<number> {
    return Number(await this.highlighted.getAttribute('data-code'));
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Puts something else on the clipboard, so a test sees that its copy happened. */
  async clearClipboard() {
    await this.page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  }
}

export const test = base.extend<{ palette: PalettePage }>({
  palette: async ({ page, context, baseURL }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('./');
    const palette = new PalettePage(page);
    await expect(palette.search).toBeFocused();
    await expect(palette.options.first()).toBeVisible();
    await use(palette);
  },
});

export { expect };
