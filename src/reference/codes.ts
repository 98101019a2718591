// EIP §12 error codes with the messages the reference nodes send (zh / en in one line).
export const CODE_MESSAGES = {
  '0': '成功 / success',
  '40001': '请求格式错误 / malformed request',
  '40002': '缺少或无效的用途 / missing or invalid purpose',
  '40003': '公民身份号码无效 / invalid citizen ID number',
  '40004': '统一社会信用代码无效 / invalid USCC',
  '40005': '电子证照标识无效 / invalid e-certificate identifier',
  '40006': '持证主体代码或代码类型无效 / invalid holder code or code type',
  '40007': '节点注册信息无效 / invalid node registration',
  '40101': '缺少签名请求头 / missing signing headers',
  '40102': '签名错误 / bad signature',
  '40103': '时间戳超出允许范围 / timestamp outside the window',
  '40104': 'nonce 重复使用 / nonce replayed',
  '40105': '未知的 AppKey / unknown AppKey',
  '40106': '不支持的签名算法 / unsupported signature method',
  '40301': '资源未授权 / resource not granted',
  '40302': '缺少或无效的审批凭证 / approval missing or invalid',
  '40303': '资源不予共享 / resource not shareable',
  '40400': '接口不存在 / no such endpoint',
  '40401': '资源或节点不存在 / resource or node not found',
  '40402': '记录不存在 / record not found',
  '40403': '转发目标未知 / forward target unknown',
  '40901': '冲突 / conflict',
  '41301': '批次过大 / batch too large',
  '42901': '请求过于频繁 / rate limited',
  '50001': '内部错误 / internal error',
  '50401': '转发目标不可达或超时 / forward target unreachable or timed out',
  '50801': '超过转发跳数上限 / hop limit exceeded',
} as const;

export type ErrorCode = Exclude<keyof typeof CODE_MESSAGES, '0'>;

/** The HTTP status an error code implies (CORE-003: its first three digits). */
export function statusOf(code: ErrorCode): number {
  return Number(code.slice(0, 3));
}

/** An error answer: thrown by handlers, turned into an envelope by the node. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Extra detail appended to the standard message (never personal data). */
    readonly detail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ? `${CODE_MESSAGES[code]}: ${detail}` : CODE_MESSAGES[code]);
  }
}
