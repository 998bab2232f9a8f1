import type { StarletteTarget } from '../../project/starlette-version';
import type { Finding } from '../findings';
import type { SourceFile } from '../source-file';
import type { StatusAccess } from '../status-access';

export interface RuleContext {
  file: SourceFile;
  target: StarletteTarget;
  /** How a replacement reaches the status module (`status.`), and whether it must be imported. */
  access: StatusAccess;
}

export interface Rule {
  /** Stable id, as output, --help and the README show it. */
  id: string;
  /** Short kebab-case name. */
  name: string;
  summary: string;
  check(context: RuleContext): Finding[];
}
