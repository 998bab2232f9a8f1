/**
 * axe-core over every state of the window, in both themes: no serious or critical violation.
 * Contrast is checked with the colours as rendered, so a theme that drifts fails here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type PalettePage } from './fixtures';

const STATES: Record<string, (palette: PalettePage) => Promise<void>> = {
  empty: async () => {},
  results: async (palette) => {
    await palette.type('HTTP_413_REQUEST_ENTITY_TOO_LARGE');
    await palette.type('1006');
  },
  detail: async (palette) => {
    await palette.type('HTTP_422_UNPROCESSABLE_ENTITY');
    await palette.page.keyboard.press('Tab');
    await palette.detail.locator('button[data-format="go"]').focus();
    await palette.detail.evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
  },
  'header levels': async (palette) => {
    await palette.type('206');
    await palette.detail.locator('.headers').scrollIntoViewIfNeeded();
  },
  'familiar phrase': async (palette) => {
    await palette.type('418');
    await expect(palette.detail.getByTestId('iana-phrase')).toBeVisible();
  },
  filtered: async (palette) => {
    await palette.page.getByRole('radio', { name: 'WebSocket' }).click();
    await palette.search.press('Control+d');
  },
  preferences: async (palette) => {
    await palette.search.press('Control+,');
    await expect(palette.page.getByTestId('hotkey-status')).toBeVisible();
  },
  about: async (palette) => {
    await palette.search.press('Control+,');
    await palette.page.getByRole('button', { name: 'About' }).click();
    await expect(palette.page.locator('.about')).toBeVisible();
  },
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} theme`, () => {
    for (const [state, reach] of Object.entries(STATES)) {
      test(`the ${state} state has no serious or critical axe violation`, async ({ palette }) => {
        await palette.page.emulateMedia({ colorScheme: scheme });
        await reach(palette);
        const { violations } = await new AxeBuilder({ page: palette.page }).analyze();
        const grave = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect(grave).toEqual([]);
      });
    }
  });
}

test('the focused element always shows a visible focus ring', async ({ palette }) => {
  await palette.type('429');
  for (let i = 0; i < 6; i++) {
    await palette.page.keyboard.press('Tab');
    const outline = await palette.page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
