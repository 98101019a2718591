// One HTTP server (node:http) carrying a node, or a department with lazily built tenants under /t/<i>.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorEnvelope, MAX_BODY_BYTES, newRequestId, type ReferenceNode } from './node.js';

export interface NodeResolver {
  /** The node for a path, with the prefix it lives under; undefined when no node lives there. */
  resolve(rawPath: string): { node: ReferenceNode; prefix: string } | undefined;
}

export class NodeServer {
  readonly server: Server;

  constructor(private readonly resolver: NodeResolver) {
    this.server = createServer((req, res) => this.onRequest(req, res));
    this.server.keepAliveTimeout = 30_000;
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const rawPath = q < 0 ? url : url.slice(0, q);
      const rawQuery = q < 0 ? '' : url.slice(q + 1);
      if (tooLarge) return sendError(res, '41301', 413);
      const target = this.resolver.resolve(rawPath);
      const node = target?.node;
      if (!node || !target) return sendError(res, '40400', 404);
      node
        .handle(req, res, rawPath, rawPath.slice(target.prefix.length), rawQuery, Buffer.concat(chunks))
        .catch(() => {
          if (!res.headersSent) sendError(res, '50001', 500);
        });
    });
    req.on('error', () => res.destroy());
  }
}

function sendError(res: ServerResponse, code: '40400' | '41301' | '50001', status: number): void {
  const requestId = newRequestId();
  const body = errorEnvelope(code, requestId);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': requestId, 'Cache-Control': 'no-store' }).end(body);
}
