/**
 * docs/desktop.md maps each of the 20 items of Electron's security checklist to the code that
 * keeps it and the tests that check it. This keeps that table whole and its tests real.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs', 'desktop.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;

const rows = doc
  .split('\n')
  .filter((line) => /^\|\s*\d+\s*\|/.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()));

describe('security checklist in docs/desktop.md', () => {
  it('has the checklist’s 20 items, in order', () => {
    expect(rows.map((cells) => Number(cells[1]))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  for (const cells of rows) {
    it(`item ${cells[1]} (${cells[2]}) names tests that exist`, () => {
      const tests = cells[4] ?? '';
      const files = [...tests.matchAll(/`([^`]+\.(?:test|spec)\.ts)`/g)].map((m) => m[1]!);
      const commands = [...tests.matchAll(/`npm run ([\w:-]+)`/g)].map((m) => m[1]!);
      expect(files.length + commands.length).toBeGreaterThan(0);
      for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
      for (const command of commands) expect(scripts, command).toHaveProperty(command);
    });
  }
});
