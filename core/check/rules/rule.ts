import type { StarletteTarget } from '../../project/starlette-version';
import type { Finding } from '../findings';
import type { NameUse } from '../name-uses';
import type { SourceFile } from '../source-file';
import type { StatusAccess } from '../status-access';
import type { StatusSite } from '../status-sites';

export interface RuleContext {
  file: SourceFile;
  target: StarletteTarget;
  /** How a replacement reaches the status module (`status.`), and whether it must be imported. */
  access: StatusAccess;
  /** Where the file passes a status, and where it names a status constant: found once per file. */
  sites: readonly StatusSite[];
  nameUses: readonly NameUse[];
}

export interface Rule {
  /** Stable id, as output, --help and the README show it. */
  id: string;
  /** Short kebab-case name. */
  name: string;
  summary: string;
  /** Whether it runs without being selected (in pyproject.toml or with --select). */
  onByDefault: boolean;
  check(context: RuleContext): Finding[];
}
