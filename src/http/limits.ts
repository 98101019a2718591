// Politeness limits: request pacing (per target and per origin), a concurrency gate and a budget.

/**
 * Spaces request starts at least 1000/rps ms apart, so no one-second window ever sees more than
 * `rps` requests. A 5 % margin plus up to 2 ms absorbs timer and network jitter (a first request slowed
 * by its connection setup must not let the next ones bunch up at the server); the fixed part shrinks
 * with the interval, so a generous rps is not turned into a floor of milliseconds per request.
 * `pauseUntil` honours Retry-After.
 */
export class Pacer {
  private next = 0;
  readonly intervalMs: number;
  constructor(readonly rps: number) {
    const base = 1000 / rps;
    this.intervalMs = base * 1.05 + Math.min(2, base / 10);
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
 * The run-wide pacer of one origin, shared by every target on it. It keeps the starts it has booked, not
 * just the last one, so a target whose own next slot is far off books a late origin slot without holding
 * up targets that could go sooner: the origin runs near its cap, never above it.
 */
export class OriginPacer {
  private booked: number[] = [];
  readonly intervalMs: number;
  constructor(readonly rps: number) {
    this.intervalMs = new Pacer(rps).intervalMs;
  }
  /** The earliest start ≥ `from` that is at least one interval away from every booked start. */
  earliestFree(from: number, now = Date.now()): number {
    this.booked = this.booked.filter((b) => b + this.intervalMs > now);
    let start = from;
    for (const b of this.booked) {
      if (b + this.intervalMs <= start) continue;
      if (b >= start + this.intervalMs) break;
      start = b + this.intervalMs;
    }
    return start;
  }
  book(start: number): void {
    const at = this.booked.findIndex((b) => b > start);
    this.booked.splice(at < 0 ? this.booked.length : at, 0, start);
  }
}

/**
 * Books one start for a request (the target's own slot and, with a per-origin cap, a free origin slot at or
 * after it) and resolves at that time. Booking is synchronous, so concurrent callers never share a slot.
 */
export async function paced(own: Pacer, origin?: OriginPacer, signal?: AbortSignal): Promise<void> {
  const earliest = Math.max(Date.now(), own.nextFree);
  const start = origin ? origin.earliestFree(earliest) : earliest;
  own.book(start);
  origin?.book(start);
  // Timers have millisecond resolution: a wait under 1 ms is within the interval's margin.
  const wait = start - Date.now();
  if (wait >= 1) await sleep(wait, signal);
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
  private readonly pacers = new Map<string, OriginPacer>();
  constructor(readonly maxRpsPerOrigin?: number) {}
  pacerFor(baseUrl: string): OriginPacer | undefined {
    if (!this.maxRpsPerOrigin) return undefined;
    const origin = new URL(baseUrl).origin;
    let pacer = this.pacers.get(origin);
    if (!pacer) this.pacers.set(origin, (pacer = new OriginPacer(this.maxRpsPerOrigin)));
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
