// ICS targets (EIP §11) for the nodes served; secrets are ${ENV} references, their values go to a .env file.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { NodeData } from './data/node-data.js';
import { SERVICE_RESOURCES } from './data/catalog.js';
import { approvalTicket, type AppKeyDef } from './keys.js';

export interface IcsInput {
  id: string;
  role: 'DEPARTMENT' | 'PLATFORM';
  baseUrl: string;
  data: NodeData;
  classes: string[];
  keys: AppKeyDef[];
  keySeed: number;
  /** HMAC-SHA256 when the node was started without HMAC-SM3 (the 'sec-no-sm3' fault). */
  signatureMethod: 'HMAC-SM3' | 'HMAC-SHA256';
}

export function icsTarget(i: IcsInput): Record<string, unknown> {
  const [main, ungranted, quota] = i.keys as [AppKeyDef, AppKeyDef, AppKeyDef];
  const ref = (k: AppKeyDef): string => '${' + k.envName + '}';
  const approvals = { [SERVICE_RESOURCES.housingFund]: approvalTicket(i.keySeed, main.appKey, SERVICE_RESOURCES.housingFund) };
  const f = i.data.fixtures;
  const fixtures =
    i.role === 'DEPARTMENT'
      ? { population: f.population, legalEntity: f.legalEntity, eCertificate: f.eCertificate, approvals, absent: f.absent }
      : { approvals };
  return {
    id: i.id,
    name: i.data.department.name,
    department: { code: i.data.department.code, name: i.data.department.name },
    region: i.data.region,
    role: i.role,
    baseUrl: i.baseUrl,
    environment: 'test',
    allowWrites: i.role === 'PLATFORM',
    classes: i.classes,
    auth: {
      appKey: main.appKey,
      secret: ref(main),
      signatureMethod: i.signatureMethod,
      ungranted: { appKey: ungranted.appKey, secret: ref(ungranted) },
    },
    fixtures,
    purpose: '政务信息共享接口一致性测试',
    limits: { rps: 50, concurrency: 4, maxRequests: 5000 },
    quota: { appKey: quota.appKey, secret: ref(quota), perSecond: quota.perSecond },
  };
}

/** Writes the ICS list as YAML and the secrets as KEY=value lines in a .env beside it (mode 0600). */
export async function writeIcsFiles(file: string, ics: Record<string, unknown>[], env: Record<string, string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const header = '# ICS written by `govx serve` for its reference nodes (EIP 1.0 §11). Secrets are in .env beside this file.\n';
  await writeFile(file, header + stringify(ics, { lineWidth: 0, aliasDuplicateObjects: false }), 'utf8');
  const envFile = join(dirname(file), '.env');
  const lines = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  await writeFile(envFile, lines.join('\n') + '\n', { encoding: 'utf8', mode: 0o600 });
  await chmod(envFile, 0o600);
}
