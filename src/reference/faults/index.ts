// The fault catalogue: named defects a reference node can be started with, each breaking specific EIP rules.
// The fault sweep runs the harness against a node with one fault and expects exactly `breaks` to fail;
// `disturbs` lists the other rules a fault unavoidably upsets too (their tests may fail or not).
// Faults are checks inside the handlers (`faults.has(id)`), not a second copy of the node.
import { ConfigError } from '../../errors.js';
import { t, type Text } from '../../i18n/text.js';

export interface FaultDef {
  id: string;
  description: Text;
  roles: ('DEPARTMENT' | 'PLATFORM')[];
  breaks: string[];
  disturbs?: string[];
}

const BOTH: FaultDef['roles'] = ['DEPARTMENT', 'PLATFORM'];
const DEPT: FaultDef['roles'] = ['DEPARTMENT'];
const PLAT: FaultDef['roles'] = ['PLATFORM'];

function fault<const I extends string>(id: I, roles: FaultDef['roles'], zh: string, en: string, breaks: string[], disturbs?: string[]): FaultDef & { id: I } {
  return disturbs ? { id, description: t(zh, en), roles, breaks, disturbs } : { id, description: t(zh, en), roles, breaks };
}

const LIST = [
  // CORE
  fault('core-json-charset-gbk', BOTH, 'JSON 响应声明 charset=GBK', 'JSON responses declare charset=GBK', ['EIP-CORE-001']),
  fault('core-empty-message-on-success', BOTH, '成功响应的 message 为空字符串', 'Successful responses carry an empty message', ['EIP-CORE-002']),
  fault('core-not-found-status-200', DEPT, '记录不存在（40402）时以 HTTP 200 返回', 'Record-not-found (40402) is answered with HTTP 200', ['EIP-CORE-003'], ['EIP-POP-007', 'EIP-LE-005', 'EIP-EC-009']),
  fault('core-request-id-not-echoed', BOTH, 'X-Request-Id 响应头不回显请求的值，而是新生成的', 'The X-Request-Id response header is a fresh value, not the one sent', ['EIP-CORE-004']),
  fault('core-health-time-no-offset', BOTH, '健康检查的 time 不带时区偏移', 'Health `time` has no UTC offset', ['EIP-CORE-005'], ['EIP-CORE-010', 'EIP-CORE-011']),
  fault('core-page-overlap', BOTH, '第 2 页起重复上一页的最后一条', 'Each page after the first repeats the last item of the previous page', ['EIP-CORE-006'], ['EIP-CAT-001', 'EIP-SEC-014']),
  fault('core-page-bounds-unchecked', BOTH, 'page/size 越界时不报错而是截断', 'Out-of-range page/size are clamped instead of refused with 40001', ['EIP-CORE-006']),
  fault('core-page-past-end-repeats', BOTH, '超出末页时返回最后一页的内容', 'A page past the end returns the last page again', ['EIP-CORE-006'], ['EIP-CAT-001']),
  fault('core-unknown-path-html', BOTH, '未知路径返回 HTML 404 页面而非信封', 'An unknown path gets an HTML 404 page instead of the envelope', ['EIP-CORE-007'], ['EIP-CORE-002', 'EIP-SEC-003.d']),
  fault('core-malformed-json-500', BOTH, '格式错误的 JSON 请求体返回 500', 'A malformed JSON body gets 500', ['EIP-CORE-008']),
  fault('core-stack-traces', BOTH, '错误响应中包含异常堆栈', 'Error responses include the exception stack trace', ['EIP-CORE-009']),
  fault('core-health-missing-class', DEPT, '健康检查的 conformance 漏报 OPEN 类', 'Health `conformance` omits the claimed OPEN class', ['EIP-CORE-010']),
  fault('core-health-clock-skew', BOTH, '节点时钟（健康检查的 time、签名时间窗口）快 10 分钟', 'The node clock (health `time`, the signing window) runs 10 minutes ahead', ['EIP-CORE-011']),
  fault('core-no-cache-control', DEPT, '数据服务响应不带 Cache-Control: no-store', 'Data-service responses lack Cache-Control: no-store', ['EIP-CORE-012']),
  // SEC
  fault('sec-missing-nonce-accepted', BOTH, '缺少 X-GX-Nonce 的请求被接受', 'A request without X-GX-Nonce is accepted', ['EIP-SEC-001']),
  fault('sec-unknown-appkey-40102', BOTH, '未知 AppKey 返回 40102 而非 40105', 'An unknown AppKey gets 40102 instead of 40105', ['EIP-SEC-002']),
  fault('sec-signature-unchecked', BOTH, '不校验签名值', 'Signatures are not checked at all', ['EIP-SEC-003.a', 'EIP-SEC-003.b', 'EIP-SEC-003.c', 'EIP-SEC-003.d']),
  fault('sec-body-not-signed', BOTH, '带请求体的请求不校验签名（请求体不在签名范围内）', 'Requests with a body skip signature checking (the body is not covered)', ['EIP-SEC-003.b'], ['EIP-SEC-003.a', 'EIP-SEC-003.d']),
  fault('sec-query-not-signed', BOTH, '带查询参数的请求不校验签名（查询不在签名范围内）', 'Requests with a query skip signature checking (the query is not covered)', ['EIP-SEC-003.c'], ['EIP-SEC-003.a', 'EIP-SEC-003.d']),
  fault('sec-clock-window-ignored', BOTH, '不检查时间戳窗口', 'The timestamp window is not checked', ['EIP-SEC-004.b']),
  fault('sec-clock-window-60s', BOTH, '时间戳窗口只有 60 秒', 'The timestamp window is only 60 s', ['EIP-SEC-004.a']),
  fault('sec-replay-accepted', BOTH, '接受重放的 nonce', 'A replayed nonce is accepted', ['EIP-SEC-005']),
  fault('sec-no-sm3', BOTH, '不支持 HMAC-SM3（只支持 HMAC-SHA256；ICS 改用 HMAC-SHA256）', 'HMAC-SM3 is not supported (HMAC-SHA256 only; the ICS then signs with HMAC-SHA256)', ['EIP-SEC-006']),
  fault('sec-grants-ignored', BOTH, '不检查授权：未授权的 AppKey 也能调用数据服务', 'Grants are not checked: an ungranted AppKey is served', ['EIP-SEC-008']),
  fault('sec-purpose-optional', BOTH, '数据服务不要求 X-GX-Purpose', 'Data services do not require X-GX-Purpose', ['EIP-SEC-009']),
  fault('sec-approval-unchecked', BOTH, '有条件共享资源不检查审批凭证', 'CONDITIONAL resources do not check the approval ticket', ['EIP-SEC-010']),
  fault('sec-none-served', BOTH, '不予共享（NONE）资源照常提供数据', 'A NONE (不予共享) resource is served', ['EIP-SEC-011']),
  fault('sec-none-after-grant', BOTH, '先检查授权再检查不予共享：未授权 AppKey 访问 NONE 资源得到 40301', 'Grants are checked before NONE: an ungranted AppKey gets 40301 on a NONE resource', ['EIP-SEC-011']),
  fault('sec-error-echoes-identifier', DEPT, '记录不存在的错误消息中回显完整的身份证号/信用代码', 'Not-found error messages echo the queried ID number / USCC in full', ['EIP-SEC-012']),
  fault('sec-no-quota', BOTH, '限额 AppKey 超额后不返回 429', 'The quota AppKey is never answered 429', ['EIP-SEC-013']),
  fault('sec-audit-skips-denied', BOTH, '被拒绝的数据服务请求不写入审计日志', 'Denied data-service requests are not audited', ['EIP-SEC-014']),
  fault('sec-audit-purpose-encoded', BOTH, '审计日志中的 purpose 未解码（保留百分号编码）', 'Audit entries keep the purpose percent-encoded', ['EIP-SEC-014']),
  fault('sec-header-case-sensitive', BOTH, '签名请求头名区分大小写（只认规范写法）', 'Signing header names are matched case-sensitively (canonical spelling only)', ['EIP-SEC-015']),
  fault('sec-unsupported-method-40102', BOTH, '不支持的签名算法返回 40102 而非 40106', 'An unsupported signature method gets 40102 instead of 40106', ['EIP-SEC-016']),
  // CAT
  fault('cat-item-without-items', BOTH, '一条目录资源缺少 items（信息项）', 'One catalog resource lacks `items`', ['EIP-CAT-001']),
  fault('cat-category-mismatch', BOTH, '一条资源的 category 与代码首位不符', "One resource's category disagrees with its code's first digit", ['EIP-CAT-002']),
  fault('cat-provider-bad-uscc', BOTH, '一条资源的提供方代码校验位错误', "One resource's provider code has a wrong check character", ['EIP-CAT-003'], ['EIP-CAT-001']),
  fault('cat-missing-share-condition', BOTH, '有条件共享资源缺少 shareCondition', 'A CONDITIONAL resource lacks shareCondition', ['EIP-CAT-004'], ['EIP-CAT-001']),
  fault('cat-single-differs', BOTH, '单条资源接口返回的 summary 与列表不同', 'The single-resource endpoint returns a different summary than the list', ['EIP-CAT-005']),
  fault('cat-unknown-code-40400', BOTH, '未知资源代码返回 40400 而非 40401', 'An unknown resource code gets 40400 instead of 40401', ['EIP-CAT-005']),
  fault('cat-updated-since-off-by-one', BOTH, 'updatedSince 用“大于”而非“大于等于”（边界差一）', 'updatedSince uses > instead of ≥ (off by one at the boundary)', ['EIP-CAT-006']),
  fault('cat-share-type-filter-ignored', BOTH, '忽略 shareType 过滤参数', 'The shareType filter is ignored', ['EIP-CAT-007']),
  fault('cat-updated-in-future', BOTH, '一条资源的 updatedAt 在未来', "One resource's updatedAt is in the future", ['EIP-CAT-008']),
  fault('cat-service-not-served', BOTH, '一条接口类资源的 service.path 未提供（404）', "One INTERFACE resource's service.path is not served (404)", ['EIP-CAT-009']),
  fault('cat-stale-resource', BOTH, '一条按日更新的资源已 30 天未更新', 'A DAILY resource was last updated 30 days ago', ['EIP-CAT-010']),
  // POP
  fault('pop-missing-address', DEPT, '人口记录缺少 residenceAddress', 'Person records lack residenceAddress', ['EIP-POP-001']),
  fault('pop-returns-other-person', DEPT, '查询返回另一个人的记录', "A query returns another person's record", ['EIP-POP-002'], ['EIP-POP-009', 'EIP-POP-010']),
  fault('pop-birthdate-off-by-one', DEPT, 'birthDate 比身份证号中的日期晚一天', 'birthDate is one day after the date in the ID number', ['EIP-POP-003']),
  fault('pop-sex-wrong-for-even', DEPT, '顺序码为偶数的人性别代码错误（给出 1）', 'Persons with an even sequence digit get sex code 1', ['EIP-POP-004']),
  fault('pop-ethnicity-invalid', DEPT, '民族代码为 00（不在 GB/T 3304 中）', 'Ethnicity is 00 (not in GB/T 3304)', ['EIP-POP-005'], ['EIP-POP-001']),
  fault('pop-division-unknown', DEPT, '户籍地区划代码为不存在的 990101', 'residenceDivisionCode is the nonexistent 990101', ['EIP-POP-006'], ['EIP-POP-001']),
  fault('pop-bad-check-404', DEPT, '校验位错误的身份证号返回 404 而非 40003', 'An ID number with a bad check character gets 404 instead of 40003', ['EIP-POP-007']),
  fault('pop-verify-leaks-record', DEPT, '身份核验接口在 data 中泄露整条记录', 'The verify endpoint leaks the record in data', ['EIP-POP-008']),
  fault('pop-verify-unknown-404', DEPT, '身份核验对未知号码返回 404（可被用于枚举）', 'Verify answers 404 for an unknown ID (allows enumeration)', ['EIP-POP-008']),
  fault('pop-no-legacy-15', DEPT, '不接受 15 位旧号码', '15-digit legacy numbers are refused', ['EIP-POP-009']),
  fault('pop-lowercase-x-refused', DEPT, '小写 x 校验位被拒绝', 'A lower-case x check character is refused', ['EIP-POP-010']),
  // LE
  fault('le-missing-status', DEPT, '法人记录缺少 status', 'Legal-entity records lack status', ['EIP-LE-001']),
  fault('le-uscc-mismatch', DEPT, '返回的 uscc 与查询的代码不同（另一家单位）', 'The returned uscc differs from the queried one (another entity)', ['EIP-LE-002']),
  fault('le-division-unknown', DEPT, '法人记录的 divisionCode 为不存在的 990000', 'divisionCode is the nonexistent 990000', ['EIP-LE-003'], ['EIP-LE-001']),
  fault('le-negative-capital', DEPT, '注册资本金额为负数', 'registeredCapital.amount is negative', ['EIP-LE-004'], ['EIP-LE-001']),
  fault('le-invalid-uscc-404', DEPT, '无效的信用代码返回 404 而非 40004', 'An invalid USCC gets 404 instead of 40004', ['EIP-LE-005']),
  fault('le-established-future', DEPT, '成立日期在未来', 'establishedOn is in the future', ['EIP-LE-006']),
  // EC
  fault('ec-missing-number', DEPT, '证照记录缺少 number（证照编号）', 'Certificates lack `number`', ['EIP-EC-001']),
  fault('ec-id-wrong-check', DEPT, '证照标识的校验位错误', 'Certificate identifiers carry a wrong check character', ['EIP-EC-002'], ['EIP-EC-001']),
  fault('ec-issuer-mismatch', DEPT, 'issuer.code 与标识中的颁发机构段不一致', 'issuer.code differs from the identifier’s issuer segment', ['EIP-EC-003']),
  fault('ec-type-code-bad-uscc', DEPT, 'typeCode 前 18 位不是有效的信用代码', 'The first 18 characters of typeCode are not a valid USCC', ['EIP-EC-004'], ['EIP-EC-001']),
  fault('ec-query-other-holders', DEPT, '按持证主体查询时混入其他主体的证照', "A holder query also returns other holders' certificates", ['EIP-EC-005']),
  fault('ec-expired-shown-valid', DEPT, '已过期的证照状态仍为 VALID', 'Expired certificates keep status VALID', ['EIP-EC-006']),
  fault('ec-file-sm3-mismatch', DEPT, '证照文件的 X-GX-Content-SM3 与文件不符', 'The file’s X-GX-Content-SM3 does not match the file', ['EIP-EC-007']),
  fault('ec-verify-ignores-hash', DEPT, '核验接口不比对文件哈希', 'Verify ignores the file hash', ['EIP-EC-008']),
  fault('ec-bad-check-404', DEPT, '校验位错误的证照标识返回 404 而非 40005', 'An identifier failing its check gets 404 instead of 40005', ['EIP-EC-009']),
  fault('ec-holder-type-unchecked', DEPT, '不检查 holderCodeType 与持证主体代码', 'holderCodeType and the holder code are not checked', ['EIP-EC-010']),
  // DOCK
  fault('dock-reregister-201', PLAT, '相同内容重复注册仍返回 201', 'Registering the same body again answers 201 again', ['EIP-DOCK-001']),
  fault('dock-conflict-overwrites', PLAT, '已注册节点以不同内容注册时覆盖而非 409', 'A different body for a registered nodeId overwrites instead of 409', ['EIP-DOCK-001']),
  fault('dock-level-unchecked', PLAT, '不检查节点标识的级别字母与 level、区划与 divisionCode 是否一致', 'The node ID’s level letter and region are not checked against level and divisionCode', ['EIP-DOCK-002']),
  fault('dock-heartbeat-unknown-ok', PLAT, '未注册节点的心跳也返回成功', 'A heartbeat from an unknown node succeeds', ['EIP-DOCK-003']),
  fault('dock-sync-all-or-nothing', PLAT, '批次中有一条无效资源时整批拒绝（400）', 'One invalid resource refuses the whole batch (400)', ['EIP-DOCK-004'], ['EIP-DOCK-005', 'EIP-DOCK-006']),
  fault('dock-batch-replay-applied', PLAT, '重复的 batchId 被再次执行，回执不同', 'A repeated batchId is applied again, with a different receipt', ['EIP-DOCK-005']),
  fault('dock-sync-deletes-ignored', PLAT, '目录同步忽略删除项', 'Catalog sync ignores deletes', ['EIP-DOCK-006']),
  fault('dock-hop-not-incremented', PLAT, '转发时不递增 X-GX-Hop-Count', 'Forwarding does not increment X-GX-Hop-Count', ['EIP-DOCK-007']),
  fault('dock-trace-id-replaced', PLAT, '转发时更换 X-GX-Trace-Id', 'Forwarding replaces X-GX-Trace-Id', ['EIP-DOCK-007']),
  fault('dock-hop-limit-ignored', PLAT, '跳数超过 5 仍转发', 'Hop counts above 5 are still forwarded', ['EIP-DOCK-007']),
  fault('dock-unknown-target-40401', PLAT, '未知转发目标返回 40401 而非 40403', 'An unknown forward target gets 40401 instead of 40403', ['EIP-DOCK-008']),
  fault('dock-unreachable-502', PLAT, '目标不可达时返回 502 / 50001 而非 504 / 50401', 'An unreachable target gets 500 / 50001 instead of 504 / 50401', ['EIP-DOCK-008']),
  fault('dock-no-receipts', PLAT, '转发请求没有回执', 'Forwarded requests get no receipt', ['EIP-DOCK-009']),
  fault('dock-batch-limit-ignored', PLAT, '超过 1000 项的批次不返回 413', 'Batches above 1000 items are not refused with 413', ['EIP-DOCK-010']),
  // QOS
  fault('qos-slow', BOTH, '数据服务每次响应延迟 600 毫秒', 'Data services answer 600 ms late', ['EIP-QOS-001']),
  fault('qos-health-flaky', BOTH, '每 4 次健康检查有 1 次返回 503', 'One health probe in 4 gets 503', ['EIP-QOS-002'], ['EIP-CORE-010', 'EIP-CORE-011']),
  fault('qos-no-keepalive', BOTH, '每个响应都关闭连接', 'Every response closes the connection', ['EIP-QOS-003']),
  // OPEN
  fault('open-no-machine-format', DEPT, '一个数据集只提供 XLSX', 'One dataset offers XLSX only', ['EIP-OPEN-001']),
  fault('open-sm3-mismatch', DEPT, '下载文件与声明的 sm3 不符', 'A download does not match its declared sm3', ['EIP-OPEN-002']),
  fault('open-no-license', DEPT, '数据集不声明 license', 'Datasets declare no license', ['EIP-OPEN-003']),
  fault('open-record-count-off', DEPT, '声明的 recordCount 比实际多 1', 'The declared recordCount is one more than served', ['EIP-OPEN-004']),
] as const;

export type FaultId = (typeof LIST)[number]['id'];

export const FAULTS: readonly FaultDef[] = LIST;

const BY_ID = new Map<string, FaultDef>(FAULTS.map((f) => [f.id, f]));

export function faultById(id: string): FaultDef | undefined {
  return BY_ID.get(id);
}

/** The faults one node runs with; unknown ids are a configuration error. */
export class FaultSet {
  private readonly ids: ReadonlySet<string>;

  constructor(ids: readonly string[] = []) {
    for (const id of ids) {
      if (!BY_ID.has(id)) {
        throw new ConfigError(`unknown fault '${id}': see 'govx serve --list-faults' or docs/reference-nodes.md for the fault ids`);
      }
    }
    this.ids = new Set(ids);
  }

  has(id: FaultId): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  list(): string[] {
    return [...this.ids];
  }
}
