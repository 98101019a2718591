// CORE-013: does the node refuse TLS 1.0 and 1.1? Node's client refuses to offer them by default,
// so the probe lowers its own floor (minVersion TLSv1, SECLEVEL=0) for exactly this handshake.
import { connect, type SecureVersion } from 'node:tls';

export interface LegacyTlsResult {
  version: 'TLSv1' | 'TLSv1.1';
  /** The node completed a handshake at this version (a CORE-013 failure in production). */
  accepted: boolean;
  /** Protocol negotiated when accepted. */
  protocol?: string;
  /** Why the handshake did not complete (alert, reset, timeout). */
  reason?: string;
}

export interface ProbeOptions {
  timeoutMs?: number;
  /** Extra CA (not needed: the probe judges the protocol, not the certificate). */
  ca?: Buffer;
}

/** Tries one handshake per legacy version against the host and port of `baseUrl` (https only). */
export async function probeLegacyTls(baseUrl: string, options: ProbeOptions = {}): Promise<LegacyTlsResult[]> {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw new Error(`probeLegacyTls: ${baseUrl} is not https`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  const results: LegacyTlsResult[] = [];
  for (const version of ['TLSv1', 'TLSv1.1'] as const) {
    results.push(await handshake(host, port, version, options.timeoutMs ?? 5000));
  }
  return results;
}

function handshake(host: string, port: number, version: SecureVersion & ('TLSv1' | 'TLSv1.1'), timeoutMs: number): Promise<LegacyTlsResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: LegacyTlsResult): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    const socket = connect({
      host,
      port,
      ...(/^[\d.:]+$/.test(host) ? {} : { servername: host }),
      minVersion: 'TLSv1',
      maxVersion: version,
      ciphers: 'DEFAULT@SECLEVEL=0',
      rejectUnauthorized: false,
    });
    socket.setTimeout(timeoutMs, () => done({ version, accepted: false, reason: 'timeout' }));
    socket.once('secureConnect', () => done({ version, accepted: true, protocol: socket.getProtocol() ?? version }));
    socket.once('error', (err: NodeJS.ErrnoException) => done({ version, accepted: false, reason: err.code ?? err.message }));
    socket.once('close', () => done({ version, accepted: false, reason: 'closed' }));
  });
}
