// Loopback servers for the client tests: they record what arrives and when.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Target } from '../../src/ics/types.js';

export interface Seen {
  at: number;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: Buffer;
}

export interface Recorder {
  url: string;
  seen: Seen[];
  maxConcurrent: number;
  close(): Promise<void>;
}

export type Handler = (req: Seen, res: ServerResponse, index: number) => void | Promise<void>;

export async function startServer(handler: Handler, server: Server = createServer(), scheme: 'http' | 'https' = 'http'): Promise<Recorder> {
  const seen: Seen[] = [];
  let active = 0;
  const rec: Recorder = { url: '', seen, maxConcurrent: 0, close: async () => undefined };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    active++;
    rec.maxConcurrent = Math.max(rec.maxConcurrent, active);
    res.on('close', () => active--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = { at, method: req.method!, url: req.url!, headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks) };
      seen.push(entry);
      void handler(entry, res, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  rec.url = `${scheme}://127.0.0.1:${port}`;
  rec.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return rec;
}

export function envelope(res: ServerResponse, status: number, code: string, data: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ code, message: code === '0' ? 'ok' : 'error', requestId: 'r1', data });
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body);
}

export function testTarget(baseUrl: string, overrides: Partial<Target> = {}): Target {
  return {
    id: 'loopback',
    name: 'Loopback node',
    region: '330100',
    role: 'DEPARTMENT',
    baseUrl,
    environment: 'test',
    allowWrites: false,
    classes: [],
    auth: { appKey: 'app-001', secret: 'canary-secret-9f8e7d6c', signatureMethod: 'HMAC-SM3' },
    fixtures: {},
    purpose: '政务信息共享接口一致性测试',
    limits: { rps: 50, concurrency: 4, maxRequests: 1000 },
    source: 'test',
    secrets: ['canary-secret-9f8e7d6c'],
    ...overrides,
  };
}

/** Largest number of arrivals within any window of `windowMs`. */
export function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

export interface Pki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  read(file: string): Buffer;
}

/** A private CA with a server certificate for 127.0.0.1 and a client certificate, made with openssl. */
export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'govx-pki-'));
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=govx test CA');
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const who of ['server', 'client']) {
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${who}.key`, '-out', `${who}.csr`, '-subj', `/CN=govx ${who}`);
    run('x509', '-req', '-in', `${who}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${who}.pem`, '-days', '20', '-extfile', `${who}.ext`);
  }
  return {
    dir,
    ca: join(dir, 'ca.pem'),
    serverCert: join(dir, 'server.pem'),
    serverKey: join(dir, 'server.key'),
    clientCert: join(dir, 'client.pem'),
    clientKey: join(dir, 'client.key'),
    read: (file) => readFileSync(file),
  };
}
