// Transport failures as TransportError with a stable code and a message a person can act on.
import { TransportError } from '../engine/suite-api.js';
import { t } from '../i18n/text.js';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO|HOSTNAME|ALTNAME|EPROTO/;

/** Maps an undici / socket / TLS error to a TransportError naming what failed where. */
export function toTransportError(err: unknown, where: string): TransportError {
  if (err instanceof TransportError) return err;
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code ?? e.name ?? 'ERROR';
  const detail = (e.cause?.message ?? e.message ?? String(err)).split('\n')[0];
  switch (code) {
    case 'ECONNREFUSED':
      return new TransportError('ECONNREFUSED', t(`${where}：连接被拒绝（端口未开放）`, `${where}: connection refused (nothing listens on that port)`));
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new TransportError('CONNECT_TIMEOUT', t(`${where}：连接超时`, `${where}: connect timeout`));
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new TransportError('HEADERS_TIMEOUT', t(`${where}：等待响应头超时`, `${where}: no response headers within the timeout`));
    case 'UND_ERR_BODY_TIMEOUT':
      return new TransportError('BODY_TIMEOUT', t(`${where}：读取响应体超时`, `${where}: response body stalled past the timeout`));
    case 'TimeoutError':
    case 'ABORT_ERR':
    case 'AbortError':
      return new TransportError('TIMEOUT', t(`${where}：请求总时长超时`, `${where}: request exceeded its total timeout`));
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TransportError('DNS', t(`${where}：域名无法解析`, `${where}: host name does not resolve`));
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return new TransportError('CONNECTION_RESET', t(`${where}：连接被对端关闭（${detail}）`, `${where}: connection closed by the peer (${detail})`));
    default:
      if (TLS_CODES.test(code)) {
        return new TransportError(`TLS:${code}`, t(`${where}：TLS 握手失败（${code}：${detail}）`, `${where}: TLS handshake failed (${code}: ${detail})`));
      }
      return new TransportError(code, t(`${where}：传输失败（${code}：${detail}）`, `${where}: transport failure (${code}: ${detail})`));
  }
}
