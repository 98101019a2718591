// A circuit breaker per target: after `threshold` unexpected failures in a row (transport errors,
// 5xx answers the test did not ask for), stop sending for `cooldownMs`, then let one request
// through to see whether the host recovered.

export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { threshold: 8, cooldownMs: 15_000 };

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;
  /** How many times the breaker opened during the run. */
  trips = 0;

  constructor(private readonly options: BreakerOptions = DEFAULT_BREAKER) {}

  /** Whether a request may go now; a half-open breaker lets a single trial through. */
  allow(now = Date.now()): boolean {
    if (this.openedAt === undefined) return true;
    if (now - this.openedAt < this.options.cooldownMs || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  /** An outcome that says nothing about the host's health (an expected refusal): ends a trial, counts nothing. */
  neutral(): void {
    this.trialInFlight = false;
  }

  failure(now = Date.now()): void {
    this.failures++;
    if (this.trialInFlight || (this.openedAt === undefined && this.failures >= this.options.threshold)) {
      if (this.openedAt === undefined) this.trips++;
      this.openedAt = now;
      this.trialInFlight = false;
    }
  }
}
