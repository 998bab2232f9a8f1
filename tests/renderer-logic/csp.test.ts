import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../electron/app-protocol';

test('the page carries the same Content-Security-Policy as the app:// header', () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
});
