/**
 * Personal-information code tables: GB/T 2261.1 sex, GB/T 2261.2 marital status, GB/T 3304
 * ethnic groups, GB/T 4658 education (standards facts §3).
 */
import { t, type Text } from '../i18n/text.js';
import type { Verdict } from './verdict.js';
import { invalid, typeName, valid } from './verdicts.js';

export type CodeTable = Readonly<Record<string, Text>>;

export interface CodeInfo {
  code: string;
  name: Text;
}

export const SEX_CODES: CodeTable = {
  '0': t('未知的性别', 'unknown'),
  '1': t('男性', 'male'),
  '2': t('女性', 'female'),
  '9': t('未说明的性别', 'not stated'),
};

export const MARITAL_STATUS_CODES: CodeTable = {
  '10': t('未婚', 'unmarried'),
  '20': t('已婚', 'married'),
  '21': t('初婚', 'first marriage'),
  '22': t('再婚', 'remarried'),
  '23': t('复婚', 'remarried to former spouse'),
  '30': t('丧偶', 'widowed'),
  '40': t('离婚', 'divorced'),
  // GB/T 2261.2-2003 also lists 90; rejecting a code the standard defines would fail real data.
  '90': t('未说明的婚姻状况', 'not stated'),
};

const ETHNIC_GROUPS: [string, string][] = [
  ['汉', 'Han'], ['蒙古', 'Mongol'], ['回', 'Hui'], ['藏', 'Tibetan'], ['维吾尔', 'Uyghur'], ['苗', 'Miao'],
  ['彝', 'Yi'], ['壮', 'Zhuang'], ['布依', 'Bouyei'], ['朝鲜', 'Korean'], ['满', 'Manchu'], ['侗', 'Dong'],
  ['瑶', 'Yao'], ['白', 'Bai'], ['土家', 'Tujia'], ['哈尼', 'Hani'], ['哈萨克', 'Kazakh'], ['傣', 'Dai'],
  ['黎', 'Li'], ['傈僳', 'Lisu'], ['佤', 'Va'], ['畲', 'She'], ['高山', 'Gaoshan'], ['拉祜', 'Lahu'],
  ['水', 'Shui'], ['东乡', 'Dongxiang'], ['纳西', 'Naxi'], ['景颇', 'Jingpo'], ['柯尔克孜', 'Kyrgyz'], ['土', 'Tu'],
  ['达斡尔', 'Daur'], ['仫佬', 'Mulao'], ['羌', 'Qiang'], ['布朗', 'Blang'], ['撒拉', 'Salar'], ['毛南', 'Maonan'],
  ['仡佬', 'Gelao'], ['锡伯', 'Xibe'], ['阿昌', 'Achang'], ['普米', 'Pumi'], ['塔吉克', 'Tajik'], ['怒', 'Nu'],
  ['乌孜别克', 'Uzbek'], ['俄罗斯', 'Russian'], ['鄂温克', 'Evenki'], ['德昂', "De'ang"], ['保安', 'Bonan'],
  ['裕固', 'Yugur'], ['京', 'Gin'], ['塔塔尔', 'Tatar'], ['独龙', 'Derung'], ['鄂伦春', 'Oroqen'], ['赫哲', 'Hezhen'],
  ['门巴', 'Monba'], ['珞巴', 'Lhoba'], ['基诺', 'Jino'],
];

export const ETHNICITY_CODES: CodeTable = {
  ...Object.fromEntries(ETHNIC_GROUPS.map(([zh, en], i) => [String(i + 1).padStart(2, '0'), t(`${zh}族`, en)])),
  '97': t('其他', 'other'),
  '98': t('外国血统中国籍人士', 'naturalised citizen of foreign origin'),
};

export const EDUCATION_CODES: CodeTable = {
  '10': t('研究生教育', 'postgraduate'),
  '11': t('博士研究生毕业', 'doctorate, graduated'),
  '12': t('博士研究生结业', 'doctorate, completed'),
  '13': t('博士研究生肄业', 'doctorate, not completed'),
  '14': t('硕士研究生毕业', "master's, graduated"),
  '15': t('硕士研究生结业', "master's, completed"),
  '16': t('硕士研究生肄业', "master's, not completed"),
  '17': t('研究生班毕业', 'postgraduate class, graduated'),
  '18': t('研究生班结业', 'postgraduate class, completed'),
  '19': t('研究生班肄业', 'postgraduate class, not completed'),
  '20': t('大学本科', 'undergraduate'),
  '21': t('大学本科毕业', 'undergraduate, graduated'),
  '22': t('大学本科结业', 'undergraduate, completed'),
  '23': t('大学本科肄业', 'undergraduate, not completed'),
  '28': t('大学普通班毕业', 'university general class, graduated'),
  '30': t('大学专科', 'junior college'),
  '31': t('大学专科毕业', 'junior college, graduated'),
  '32': t('大学专科结业', 'junior college, completed'),
  '33': t('大学专科肄业', 'junior college, not completed'),
  '40': t('中等职业教育', 'secondary vocational'),
  '41': t('中等专科毕业', 'secondary specialised, graduated'),
  '42': t('中等专科结业', 'secondary specialised, completed'),
  '43': t('中等专科肄业', 'secondary specialised, not completed'),
  '44': t('职业高中毕业', 'vocational high school, graduated'),
  '45': t('职业高中结业', 'vocational high school, completed'),
  '46': t('职业高中肄业', 'vocational high school, not completed'),
  '47': t('技工学校毕业', 'technical school, graduated'),
  '48': t('技工学校结业', 'technical school, completed'),
  '49': t('技工学校肄业', 'technical school, not completed'),
  '60': t('普通高级中学教育', 'senior high school'),
  '61': t('普通高中毕业', 'senior high school, graduated'),
  '62': t('普通高中结业', 'senior high school, completed'),
  '63': t('普通高中肄业', 'senior high school, not completed'),
  '70': t('初级中学教育', 'junior high school'),
  '71': t('初中毕业', 'junior high school, graduated'),
  '73': t('初中肄业', 'junior high school, not completed'),
  '80': t('小学教育', 'primary school'),
  '81': t('小学毕业', 'primary school, graduated'),
  '83': t('小学肄业', 'primary school, not completed'),
  '90': t('文盲或半文盲', 'illiterate or semi-literate'),
  '99': t('其他', 'other'),
};

/** Looks a code up in a table; `label` names the table in the reason. */
export function validateInTable(v: unknown, table: CodeTable, label: Text): Verdict<CodeInfo> {
  if (typeof v !== 'string') {
    return invalid(t(`${label.zh}应为字符串，实际为 ${typeName(v)}`, `${label.en} should be a string, got ${typeName(v)}`));
  }
  const name = Object.hasOwn(table, v) ? table[v] : undefined;
  if (name === undefined) {
    return invalid(t(`'${v}' 不在${label.zh}代码表中`, `'${v}' is not in the ${label.en} code table`));
  }
  return valid({ code: v, name });
}

export const validateSex = (v: unknown): Verdict<CodeInfo> =>
  validateInTable(v, SEX_CODES, t('性别（GB/T 2261.1）', 'sex (GB/T 2261.1)'));
export const validateMaritalStatus = (v: unknown): Verdict<CodeInfo> =>
  validateInTable(v, MARITAL_STATUS_CODES, t('婚姻状况（GB/T 2261.2）', 'marital status (GB/T 2261.2)'));
export const validateEthnicity = (v: unknown): Verdict<CodeInfo> =>
  validateInTable(v, ETHNICITY_CODES, t('民族（GB/T 3304）', 'ethnic group (GB/T 3304)'));
export const validateEducation = (v: unknown): Verdict<CodeInfo> =>
  validateInTable(v, EDUCATION_CODES, t('学历（GB/T 4658）', 'education (GB/T 4658)'));
