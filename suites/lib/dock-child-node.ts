// A child node the harness serves itself, so a platform's forwarding (EIP-DOCK-007…009) can be
// observed from the receiving end: it records the headers of every request it gets and answers a
// conformant envelope. It binds to loopback unless an operator names a callback host the platform
// can reach (GOVX_CALLBACK_HOST, optionally GOVX_CALLBACK_PORT); it never keeps the process alive.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Target } from '../../src/ics/types.js';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface ChildNode {
  /** The baseUrl to register with the platform. */
  baseUrl: string;
  received: ReceivedRequest[];
  /** Requests received that carried this trace id. */
  withTrace(traceId: string): ReceivedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Where the platform can reach the harness: the configured callback host, or loopback when the target
 * itself is on loopback; undefined when the platform cannot reach the harness (EIP §8, last paragraph).
 */
export function callbackHost(target: Pick<Target, 'baseUrl'>, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.GOVX_CALLBACK_HOST?.trim();
  if (configured) return configured;
  let host: string;
  try {
    host = new URL(target.baseUrl).hostname;
  } catch {
    return undefined;
  }
  return LOOPBACK.has(host) ? '127.0.0.1' : undefined;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

const urlHost = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** Starts the child node: every request is recorded and answered 200 with a success envelope. */
export async function startChildNode(callback: string, env: NodeJS.ProcessEnv = process.env): Promise<ChildNode> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: (req.url ?? '').split('?')[0] ?? '', headers: req.headers });
      const sent = req.headers['x-request-id'];
      const requestId = typeof sent === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(sent) ? sent : randomUUID();
      const body = JSON.stringify({ code: '0', message: '成功', requestId, data: { node: 'govx-child', received: true } });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': requestId, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.unref();
  // Loopback when the platform is on loopback; all interfaces only when an operator named a callback host.
  const bind = env.GOVX_CALLBACK_HOST?.trim() ? '0.0.0.0' : '127.0.0.1';
  const port = await listen(server, bind, Number(env.GOVX_CALLBACK_PORT ?? 0) || 0);
  return {
    baseUrl: `http://${urlHost(callback)}:${port}`,
    received,
    withTrace: (traceId) => received.filter((r) => r.headers['x-gx-trace-id'] === traceId),
    close: () => closeServer(server),
  };
}

/** A baseUrl on the callback host where nothing listens (a port opened, then closed). */
export async function closedPortUrl(callback: string): Promise<string> {
  const server = createServer();
  server.unref();
  const port = await listen(server, '127.0.0.1', 0);
  await closeServer(server);
  return `http://${urlHost(callback)}:${port}`;
}
