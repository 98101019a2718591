// The AppKeys a reference node knows (EIP §3, §11): one with grants, one without, one with a small quota.
import { createHash } from 'node:crypto';

export interface AppKeyDef {
  appKey: string;
  secret: string;
  /** Env variable name under which the ICS references the secret. */
  envName: string;
  /** Every catalog resource, or none. */
  grantsAll: boolean;
  /** Requests per second; undefined = no quota. */
  perSecond?: number;
}

export const QUOTA_PER_SECOND = 5;

function demoSecret(seed: number, role: string): string {
  return createHash('sha256').update(`govx-reference/${seed}/${role}`).digest('hex').slice(0, 32);
}

export function buildKeys(seed: number): AppKeyDef[] {
  return [
    { appKey: 'gx-ref-main', secret: demoSecret(seed, 'main'), envName: 'GX_REF_SECRET', grantsAll: true },
    { appKey: 'gx-ref-ungranted', secret: demoSecret(seed, 'ungranted'), envName: 'GX_REF_SECRET_UNGRANTED', grantsAll: false },
    {
      appKey: 'gx-ref-quota',
      secret: demoSecret(seed, 'quota'),
      envName: 'GX_REF_SECRET_QUOTA',
      grantsAll: true,
      perSecond: QUOTA_PER_SECOND,
    },
  ];
}

/** The approval ticket (审批凭证) for one AppKey and one CONDITIONAL resource. */
export function approvalTicket(seed: number, appKey: string, resourceCode: string): string {
  const h = createHash('sha256').update(`approval/${seed}/${appKey}/${resourceCode}`).digest('hex');
  return `APR-${h.slice(0, 20).toUpperCase()}`;
}
