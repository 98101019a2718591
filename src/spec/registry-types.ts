import type { Text } from '../i18n/text.js';

export type ConformanceClass = 'CORE' | 'SEC' | 'CAT' | 'POP' | 'LE' | 'EC' | 'DOCK' | 'QOS' | 'OPEN';
export const CLASSES: readonly ConformanceClass[] = ['CORE', 'SEC', 'CAT', 'POP', 'LE', 'EC', 'DOCK', 'QOS', 'OPEN'];
export type Level = 'MUST' | 'SHOULD' | 'MAY';

/** One entry of specs/requirements.yaml. `id` is a profile rule (EIP-SEC-003) or a finer one (EIP-SEC-003.b). */
export interface Requirement {
  id: string;
  class: ConformanceClass;
  level: Level;
  title: Text;
  /** e.g. "EIP 1.0 §5; GB 11643-1999" */
  clause: string;
  /** The reading the harness chose where the profile is ambiguous. */
  note?: Text;
}
