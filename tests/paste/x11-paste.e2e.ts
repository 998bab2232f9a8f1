/**
 * test:paste, run by scripts/test-paste.mjs under a real X server: the app's own X11 paste
 * backend (createPaster with node's spawn, the real PATH lookup and the real X11 clipboard)
 * pastes into a focused textarea in a real Chromium window. No fakes.
 */
import { spawn, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isOnPath } from '../../electron/paste/find-executable';
import { createPaster, type PasterOptions } from '../../electron/paste/paster';
import { openPasteTarget, type PasteTarget, x11Clipboard } from './x11-target';

const env = { ...process.env, XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: undefined };

function paster(overrides: Partial<PasterOptions> = {}) {
  const hides: string[] = [];
  const pasterEnv = overrides.env ?? env;
  const instance = createPaster({
    platform: 'linux',
    env: pasterEnv,
    spawn,
    installed: (program) => isOnPath(program, pasterEnv),
    clipboard: x11Clipboard,
    isTrusted: () => false,
    hideApp: () => void hides.push('hide'),
    appPid: process.pid,
    timeoutMs: 3000,
    ...overrides,
  });
  return { instance, hides };
}

describe('X11 paste into a real Chromium textarea', { timeout: 60_000 }, () => {
  let target: PasteTarget;
  before(async () => {
    target = await openPasteTarget();
  });
  after(async () => {
    spawnSync('xdotool', ['keyup', 'shift']);
    await target?.close();
  });

  it('copies, hides the app and pastes the text once, exactly', async () => {
    await target.reset();
    x11Clipboard.writeText('something copied before');
    const { instance, hides } = paster();
    const text = 'status.HTTP_429_TOO_MANY_REQUESTS';
    const outcome = await instance.paste(text);
    assert.deepEqual(outcome, { kind: 'pasted', backend: 'xdotool' });
    assert.deepEqual(hides, ['hide']);
    assert.equal(await target.waitForValue(text), text);
    // Once: a second paste would double the text; give it time to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await target.value(), text);
    assert.equal(x11Clipboard.readText(), text, 'the text stays copied');
  });

  it('keeps a held Shift from the target: Ctrl+V arrives, not Ctrl+Shift+V', async () => {
    await target.reset();
    spawnSync('xdotool', ['keydown', 'shift']);
    try {
      const text = 'status.HTTP_404_NOT_FOUND';
      const outcome = await paster().instance.paste(text);
      assert.equal(outcome.kind, 'pasted');
      assert.equal(await target.waitForValue(text), text);
      const pastes = (await target.keys()).filter((key) => key.key.toLowerCase() === 'v');
      assert.deepEqual(
        pastes.map(({ ctrl, shift, alt }) => ({ ctrl, shift, alt })),
        [{ ctrl: true, shift: false, alt: false }],
      );
    } finally {
      spawnSync('xdotool', ['keyup', 'shift']);
    }
  });

  it('puts the previous clipboard text back after the paste when asked', async () => {
    await target.reset();
    x11Clipboard.writeText('what the user had copied');
    const text = 'status.HTTP_201_CREATED';
    const { instance } = paster({ restoreDelayMs: 400 });
    assert.equal((await instance.paste(text, { restoreClipboard: true })).kind, 'pasted');
    assert.equal(await target.waitForValue(text), text);
    assert.equal(x11Clipboard.readText(), 'what the user had copied');
  });

  it('when the focus comes back a moment after the hide, waits for it and pastes once', async () => {
    await target.reset();
    target.unfocus();
    const text = 'status.HTTP_202_ACCEPTED';
    // The window manager's part: the previous window gets the focus back 150 ms after the hide.
    const outcome = await paster({
      hideApp: () => void setTimeout(() => target.focus(), 150),
    }).instance.paste(text);
    assert.deepEqual(outcome, { kind: 'pasted', backend: 'xdotool' });
    assert.equal(await target.waitForValue(text), text);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await target.value(), text);
  });

  it('when no window gets the focus back: nothing typed, a copy and the advice', async () => {
    await target.reset();
    target.unfocus();
    const text = 'status.HTTP_409_CONFLICT';
    const outcome = await paster().instance.paste(text);
    assert.ok(outcome.kind === 'copied', JSON.stringify(outcome));
    assert.equal(outcome.reason, 'no-target');
    assert.match(outcome.message, /click where the text should go and press Ctrl\+V/);
    assert.equal(x11Clipboard.readText(), text);
    target.focus();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await target.value(), '');
  });

  it('without xdotool on PATH: copies, says to install it, sends nothing, throws nothing', async () => {
    await target.reset();
    const withoutXdotool = { ...env, PATH: '/nonexistent' };
    const text = 'status.HTTP_503_SERVICE_UNAVAILABLE';
    const outcome = await paster({ env: withoutXdotool }).instance.paste(text);
    assert.equal(outcome.kind, 'copied');
    assert.ok(outcome.kind === 'copied' && outcome.reason === 'xdotool-missing');
    assert.match(outcome.message, /install xdotool/);
    assert.match(outcome.message, /Ctrl\+V/);
    assert.equal(x11Clipboard.readText(), text);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await target.value(), '');
  });

  it('xdotool found by the check but gone when run (ENOENT): the same message and a copy', async () => {
    await target.reset();
    const text = 'status.HTTP_418_IM_A_TEAPOT';
    const outcome = await paster({
      env: { ...env, PATH: '/nonexistent' },
      installed: () => true,
    }).instance.paste(text);
    assert.ok(outcome.kind === 'copied' && outcome.reason === 'xdotool-missing');
    assert.equal(x11Clipboard.readText(), text);
    assert.equal(await target.value(), '');
  });
});
