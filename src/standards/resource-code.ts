/** Resource-catalog code (政务信息资源代码, EIP §4): classification (类 项 目 [细目]) - 6-digit sequence. */
import { t } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';

export type ResourceCategory = 'BASIC' | 'THEME' | 'DEPARTMENT';

export const RESOURCE_CODE_PATTERN = /^[1-3]\d{5}(\d{2,4})?-\d{6}$/;
const CATEGORY_BY_DIGIT: Record<string, ResourceCategory> = { '1': 'BASIC', '2': 'THEME', '3': 'DEPARTMENT' };
export const DIGIT_BY_CATEGORY: Record<ResourceCategory, string> = { BASIC: '1', THEME: '2', DEPARTMENT: '3' };

export function validateResourceCode(v: unknown): Verdict<{ category: ResourceCategory; classification: string; sequence: string }> {
  if (typeof v !== 'string') {
    return invalid(t(`资源代码应为字符串，实际为 ${typeName(v)}`, `a resource code should be a string, got ${typeName(v)}`));
  }
  const category = CATEGORY_BY_DIGIT[v[0] ?? ''];
  if (category === undefined) {
    return invalid(t(
      `资源代码首位（类）应为 1 基础、2 主题或 3 部门，实际为 '${v[0] ?? ''}'`,
      `a resource code's first digit (class) is 1 basic, 2 thematic or 3 departmental, got '${v[0] ?? ''}'`,
    ));
  }
  if (!RESOURCE_CODE_PATTERN.test(v)) {
    return invalid(t(
      `资源代码 '${v}' 格式不符：应为 类(1)项(2)目(3)[细目(2–4)]-顺序号(6)，如 101001-000001`,
      `resource code '${v}' is malformed: class(1) item(2) entry(3) [sub-entry(2–4)] - sequence(6), e.g. 101001-000001`,
    ));
  }
  const [classification, sequence] = v.split('-') as [string, string];
  return valid({ category, classification, sequence });
}
