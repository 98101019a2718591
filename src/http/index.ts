export { createClient, USER_AGENT, DEFAULT_TIMEOUTS, freshNonce, freshRequestId, asEnvelope } from './client.js';
export type { ClientOptions, ClientStats, TargetClient, Timeouts } from './client.js';
export { createRedactor, maskIdNumber, maskName, REDACTED, type Redactor } from './redact.js';
export { OriginLimits, Pacer, Semaphore, retryAfterMs } from './limits.js';
export { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions } from './breaker.js';
export { probeLegacyTls, type LegacyTlsResult } from './tls-probe.js';
export { toTransportError } from './errors.js';
