// The standards-facts vectors, from test/fixtures/standards/vectors.json (copied into the project).
import { readFileSync } from 'node:fs';

interface IdVector { value: string; valid: boolean; birthDate?: string; sex?: string; checksum?: { S: number; R: number }; expects?: string; found?: string; upgradedTo?: string }
interface UsccVector { value: string; valid: boolean; orgCode?: string; expects?: string; found?: string; badChar?: string; position?: number; checksumPasses?: boolean; pair?: string }
interface EcertVector { value: string; valid: boolean; expects?: string; found?: string }

export interface Vectors {
  citizenId: IdVector[];
  uscc: UsccVector[];
  gb11714: { body: string; check: string }[];
  ecert: EcertVector[];
  mod3736: { input: string; check: string }[];
}

export const VECTORS = JSON.parse(
  readFileSync(new URL('../fixtures/standards/vectors.json', import.meta.url), 'utf8'),
) as Vectors;
