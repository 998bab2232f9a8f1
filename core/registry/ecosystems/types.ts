import type { EcosystemId } from '../types';

/** A name that is not the one copied, with the reason. */
export interface NoteName {
  name: string;
  note: string;
}

/**
 * One ecosystem's constants. `names` holds what its newest release defines, the copied name
 * first (a bare string, or with a note when even that one is deprecated); `olderNames` holds
 * names that only older releases had.
 */
export interface Ecosystem {
  id: EcosystemId;
  /** Prepended to a name to write it as code: `http.` + `StatusNotFound`. */
  prefix: string;
  names: Readonly<Record<number, readonly [string | NoteName, ...(string | NoteName)[]]>>;
  olderNames?: Readonly<Record<number, readonly NoteName[]>>;
}
