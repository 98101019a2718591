// A small route table: "/gx/v1/catalog/resources/:resourceCode" patterns, matched segment by segment.
import type { RequestCtx, Reply } from './context.js';

export interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  /** Needs no signature (only health, EIP §2 CORE-010). */
  public?: boolean;
  /** For a data service (EIP §3): the code of the catalog resource that governs it. */
  resourceCode?: string;
  handler(ctx: RequestCtx): Reply | Promise<Reply>;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' }
  | { kind: 'bad-escape' };

export class Router {
  private readonly routes: { route: Route; segments: string[] }[] = [];

  add(route: Route): this {
    this.routes.push({ route, segments: route.pattern.split('/') });
    return this;
  }

  get all(): readonly Route[] {
    return this.routes.map((r) => r.route);
  }

  match(method: string, rawPath: string): RouteMatch {
    const parts = rawPath.split('/');
    let pathKnown = false;
    for (const { route, segments } of this.routes) {
      if (segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const seg = segments[i] as string;
        const part = parts[i] as string;
        if (seg.startsWith(':')) {
          if (part === '') ok = false;
          else {
            try {
              params[seg.slice(1)] = decodeURIComponent(part);
            } catch {
              return { kind: 'bad-escape' };
            }
          }
        } else if (seg !== part) ok = false;
      }
      if (!ok) continue;
      if (route.method === method) return { kind: 'found', route, params };
      pathKnown = true;
    }
    return pathKnown ? { kind: 'wrong-method' } : { kind: 'none' };
  }
}
