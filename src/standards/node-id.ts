/** Docking node ID (EIP §8): level letter - GB/T 2260 region ('100000' national) - suffix. */
import { t } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';
import { NATIONAL_CODE, validateDivisionCode } from './division.js';

export type NodeLevel = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'DEPARTMENT';

export const NODE_ID_PATTERN = /^[NPMD]-\d{6}-[A-Z0-9]{1,16}$/;
const LEVEL_BY_LETTER: Record<string, NodeLevel> = { N: 'NATIONAL', P: 'PROVINCIAL', M: 'MUNICIPAL', D: 'DEPARTMENT' };

export function validateNodeId(v: unknown): Verdict<{ level: NodeLevel; region: string; suffix: string; regionName?: string }> {
  if (typeof v !== 'string') {
    return invalid(t(`节点标识应为字符串，实际为 ${typeName(v)}`, `a node ID should be a string, got ${typeName(v)}`));
  }
  if (!NODE_ID_PATTERN.test(v)) {
    return invalid(t(
      `节点标识 '${v}' 格式不符：应为 级别字母(N/P/M/D)-6 位行政区划代码-后缀(1–16 位大写字母或数字)，如 P-330000-ZJ01`,
      `node ID '${v}' is malformed: level letter (N/P/M/D) - 6-digit division code - suffix (1–16 of A-Z 0-9), e.g. P-330000-ZJ01`,
    ));
  }
  const [letter, region, suffix] = v.split('-') as [string, string, string];
  const level = LEVEL_BY_LETTER[letter] as NodeLevel;
  const info = { level, region, suffix };
  if (level === 'NATIONAL' && region !== NATIONAL_CODE) {
    return invalid(t(`国家级节点（N）的地区码应为 100000，实际为 ${region}`, `a national node (N) has region 100000, got ${region}`), info);
  }
  // National departments sit at 100000 too; provincial and municipal platforms have a real region.
  const division = validateDivisionCode(region, { allowNational: level === 'NATIONAL' || level === 'DEPARTMENT' });
  if (!division.valid) {
    return invalid(t(`节点标识的地区码：${division.reason.zh}`, `the node ID's region: ${division.reason.en}`), info);
  }
  return valid(division.info.fullName ? { ...info, regionName: division.info.fullName } : info, division.warning);
}
