import type { SignatureMethod } from '../http/signing.js';
import type { ConformanceClass } from '../spec/registry-types.js';

export type Role = 'DEPARTMENT' | 'PLATFORM';

export interface Credentials {
  appKey: string;
  /** Resolved from ${ENV} at load; never written to any file. */
  secret: string;
  signatureMethod?: SignatureMethod;
}

/** One target of an Implementation Conformance Statement (EIP §11), after loading and secret resolution. */
export interface Target {
  id: string;
  name: string;
  department?: { code: string; name: string };
  region: string;
  role: Role;
  baseUrl: string;
  environment: 'test' | 'production';
  allowWrites: boolean;
  classes: ConformanceClass[];
  auth: Credentials & { signatureMethod: SignatureMethod; ungranted?: Credentials };
  fixtures: {
    population?: { idNumber: string; name: string }[];
    legalEntity?: { uscc: string }[];
    eCertificate?: { certificateId: string; holderCode: string; holderCodeType: '111' | '001' }[];
    approvals?: Record<string, string>;
    absent?: { population?: string[]; legalEntity?: string[]; eCertificate?: string[] };
  };
  purpose: string;
  tls?: { ca?: string; cert?: string; key?: string };
  limits: { rps: number; concurrency: number; maxRequests: number };
  quota?: Credentials & { perSecond: number };
  /** Where the target came from, for messages: file path (and index in a list). */
  source: string;
  /** The secret values of this target, so redaction can scrub them wherever they appear. */
  secrets: string[];
}
