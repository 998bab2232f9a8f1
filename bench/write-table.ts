import { readFileSync, writeFileSync } from 'node:fs';

/**
 * `npm run bench:X -- --write README.md` puts this run's lines between the file's
 * `<!-- bench:X -->` and `<!-- /bench:X -->` markers.
 */
export function writeTableIfAsked(marker: string, lines: readonly string[]): void {
  const target = process.argv.indexOf('--write');
  const file = target > 0 ? process.argv[target + 1] : undefined;
  if (!file) return;
  const text = readFileSync(file, 'utf8');
  const open = `<!-- ${marker} -->`;
  const close = `<!-- /${marker} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file} has no ${open} … ${close} markers`);
  writeFileSync(
    file,
    `${text.slice(0, start)}${open}\n\n${lines.join('\n')}\n\n${text.slice(end)}`,
  );
  console.log(`wrote the table into ${file}`);
}
