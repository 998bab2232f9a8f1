import { expect, test } from 'vitest';
import { entryByCode, FORMAT_IDS } from '../../core/registry';
import { cycleFormat, formatsUnder, previewCopy } from '../../renderer/src/lib/formats';

test('cycling walks every format and wraps both ways', () => {
  let format = cycleFormat('fastapi', 1);
  const seen = ['fastapi', format];
  while (format !== 'fastapi') {
    format = cycleFormat(format, 1);
    seen.push(format);
  }
  expect(seen.slice(0, -1)).toEqual([...FORMAT_IDS]);
  expect(cycleFormat('fastapi', -1)).toBe(FORMAT_IDS.at(-1));
});

test('the preview is what core/copy copies, fallback and Starlette version included', () => {
  const ws = entryByCode(1000)!;
  expect(previewCopy(ws, 'go', null)).toMatchObject({
    ok: true,
    text: '1000',
    fellBackToNumber: true,
  });
  const unprocessable = entryByCode(422)!;
  expect(previewCopy(unprocessable, 'fastapi', '0.47')).toMatchObject({
    ok: true,
    text: 'status.HTTP_422_UNPROCESSABLE_ENTITY',
  });
  expect(formatsUnder(unprocessable, '0.47').constant).toBe('HTTP_422_UNPROCESSABLE_ENTITY');
  expect(formatsUnder(unprocessable, null)).toBe(unprocessable.formats);
});
