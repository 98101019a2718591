// Politeness limits: request pacing (per target and per origin), a concurrency gate and a budget.

/**
 * Spaces request starts at least 1000/rps ms apart, so no one-second window ever sees more than
 * `rps` requests. A 5 % margin absorbs timer and network jitter (a first request slowed by its
 * connection setup must not let the next ones bunch up at the server). `pauseUntil` honours Retry-After.
 */
export class Pacer {
  private next = 0;
  readonly intervalMs: number;
  constructor(readonly rps: number) {
    this.intervalMs = Math.ceil((1000 / rps) * 1.05) + 2;
  }
  pauseUntil(time: number): void {
    this.next = Math.max(this.next, time);
  }
  get nextFree(): number {
    return this.next;
  }
  /** Books `start` (≥ nextFree) for one request. */
  book(start: number): void {
    this.next = start + this.intervalMs;
  }
}

/**
 * Books one start across every pacer at once (the target's and its origin's) and resolves at that time.
 * Booking is synchronous, so concurrent callers never share a slot.
 */
export async function paced(pacers: Pacer[], signal?: AbortSignal): Promise<void> {
  const start = Math.max(Date.now(), ...pacers.map((p) => p.nextFree));
  for (const p of pacers) p.book(start);
  const wait = start - Date.now();
  if (wait > 0) await sleep(wait, signal);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** At most `limit` holders at a time; waiters are served in arrival order. */
export class Semaphore {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  constructor(readonly limit: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.active--;
    };
  }
  get inUse(): number {
    return this.active;
  }
}

/** Run-wide pacers per origin (scheme://host:port), shared by every target on that origin. */
export class OriginLimits {
  private readonly pacers = new Map<string, Pacer>();
  constructor(readonly maxRpsPerOrigin?: number) {}
  pacerFor(baseUrl: string): Pacer | undefined {
    if (!this.maxRpsPerOrigin) return undefined;
    const origin = new URL(baseUrl).origin;
    let pacer = this.pacers.get(origin);
    if (!pacer) this.pacers.set(origin, (pacer = new Pacer(this.maxRpsPerOrigin)));
    return pacer;
  }
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from now. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
