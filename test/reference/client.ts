// A small signed-request client for the reference-node tests (loopback only), built on EIP §3 signing.
/* eslint-disable @typescript-eslint/no-explicit-any -- test code reads loosely typed JSON answers and ICS objects */
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { encodeQuery, sign, type SignatureMethod } from '../../src/http/signing.js';

export interface Creds {
  appKey: string;
  secret: string;
}

export interface Call {
  method?: string;
  path: string;
  query?: [string, string][];
  body?: unknown;
  creds?: Creds | null;
  signatureMethod?: SignatureMethod;
  purpose?: string | null;
  approval?: string;
  headers?: Record<string, string | undefined>;
  timestamp?: number;
  nonce?: string;
  /** Changes the wire request after signing (tamper tests). */
  tamper?: (w: { method: string; path: string; rawQuery: string; body: Buffer | undefined }) => void;
  /** Lower-case every header name on the wire. */
  lowerCaseHeaders?: boolean;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
  json?: { code: string; message: string; requestId: string; data: any };
}

export class TestClient {
  constructor(
    readonly baseUrl: string,
    readonly creds: Creds,
    readonly purpose = '政务信息共享接口一致性测试',
  ) {}

  async call(c: Call): Promise<Answer> {
    const base = new URL(this.baseUrl);
    const method = c.method ?? (c.body === undefined ? 'GET' : 'POST');
    const wire = {
      method,
      path: base.pathname.replace(/\/$/, '') + c.path,
      rawQuery: encodeQuery(c.query ?? []),
      body: c.body === undefined ? undefined : Buffer.isBuffer(c.body) ? c.body : Buffer.from(typeof c.body === 'string' ? c.body : JSON.stringify(c.body), 'utf8'),
    };
    const headers: Record<string, string> = {};
    const creds = c.creds === undefined ? this.creds : c.creds;
    if (creds) {
      const signatureMethod = c.signatureMethod ?? 'HMAC-SM3';
      const timestamp = String(c.timestamp ?? Date.now());
      const nonce = c.nonce ?? randomBytes(12).toString('hex');
      headers['X-GX-AppKey'] = creds.appKey;
      headers['X-GX-Timestamp'] = timestamp;
      headers['X-GX-Nonce'] = nonce;
      headers['X-GX-Signature-Method'] = signatureMethod;
      headers['X-GX-Signature'] = sign(
        { method, path: wire.path, query: (c.query ?? []).map(([n, v]) => [n, v]), appKey: creds.appKey, timestamp, nonce, body: wire.body, signatureMethod },
        creds.secret,
      );
    }
    const purpose = c.purpose === undefined ? this.purpose : c.purpose;
    if (purpose !== null) headers['X-GX-Purpose'] = encodeURIComponent(purpose);
    if (c.approval) headers['X-GX-Approval'] = c.approval;
    if (wire.body) headers['Content-Type'] = 'application/json; charset=utf-8';
    for (const [k, v] of Object.entries(c.headers ?? {})) {
      if (v === undefined) delete headers[k];
      else headers[k] = v;
    }
    c.tamper?.(wire);
    const sent: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) sent[c.lowerCaseHeaders ? k.toLowerCase() : k] = v;
    if (wire.body) sent['Content-Length'] = String(wire.body.length);
    return new Promise((resolve, reject) => {
      const req = request(
        { host: base.hostname, port: base.port, method: wire.method, path: wire.path + (wire.rawQuery ? `?${wire.rawQuery}` : ''), headers: sent, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            let json: Answer['json'];
            if (String(res.headers['content-type'] ?? '').startsWith('application/json')) {
              try {
                json = JSON.parse(raw.toString('utf8'));
              } catch {
                json = undefined;
              }
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, json });
          });
        },
      );
      req.on('error', reject);
      req.end(wire.body);
    });
  }
}
