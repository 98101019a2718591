// The fault list for the README, generated from the catalogue so it is never typed twice.
import { pick, type Lang } from '../i18n/text.js';
import { FAULTS } from './faults/index.js';

const HEAD: Record<Lang, string[]> = {
  zh: ['故障 ID', '角色', '说明', '破坏的规则', '连带影响'],
  en: ['fault id', 'roles', 'description', 'breaks', 'also disturbs'],
};

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function faultTableMarkdown(lang: Lang): string {
  const rows = FAULTS.map((f) =>
    [
      `\`${f.id}\``,
      f.roles.map((r) => (r === 'DEPARTMENT' ? (lang === 'zh' ? '部门' : 'department') : lang === 'zh' ? '平台' : 'platform')).join(', '),
      cell(pick(f.description, lang)),
      f.breaks.join(', '),
      (f.disturbs ?? []).join(', ') || '—',
    ].join(' | '),
  );
  const head = HEAD[lang];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r} |`)].join('\n');
}
