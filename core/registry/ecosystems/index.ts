import type { EcosystemId } from '../types';
import { ASPNET } from './aspnet';
import { DOTNET } from './dotnet';
import { DRF } from './drf';
import { GO } from './go';
import { NODE } from './node';
import { PYTHON } from './python';
import { RAILS } from './rails';
import { RUST } from './rust';
import { SPRING } from './spring';
import { SYMFONY } from './symfony';
import type { Ecosystem } from './types';

export type { Ecosystem, NoteName } from './types';

export const ECOSYSTEMS: Readonly<Record<EcosystemId, Ecosystem>> = {
  python: PYTHON,
  drf: DRF,
  go: GO,
  spring: SPRING,
  aspnet: ASPNET,
  dotnet: DOTNET,
  node: NODE,
  rust: RUST,
  symfony: SYMFONY,
  rails: RAILS,
};
