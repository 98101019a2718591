// The contract between the engine and the suite modules in suites/.
// A suite module exports a SuiteModule; the engine builds mocha suites from it in code, per target.
import type { Text } from '../i18n/text.js';
import type { Credentials, Target } from '../ics/types.js';
import type { SignatureMethod } from '../http/signing.js';
import type { ConformanceClass, Requirement } from '../spec/registry-types.js';

/** The request as it goes on the wire, after signing: tamper tests change it in `afterSign`. */
export interface WireRequest {
  method: string;
  /** Full path on the wire (baseUrl prefix included), without the query. */
  path: string;
  /** Raw query string without '?', as sent. */
  rawQuery: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface GxRequest {
  method: string;
  /** Relative to the target's baseUrl, e.g. '/gx/v1/catalog/resources'. */
  path: string;
  /** Sent RFC 3986-encoded in the given order. */
  query?: [string, string][] | Record<string, string | number>;
  /** Serialised as JSON; a string or Buffer is sent as it is (malformed-body tests). */
  body?: unknown;
  /** Extra headers, set before signing. */
  headers?: Record<string, string>;
  /** Which credentials sign: the ICS's main key (default), its ungranted or quota key, explicit ones, or none. */
  as?: 'main' | 'ungranted' | 'quota' | 'unsigned' | Credentials;
  signatureMethod?: SignatureMethod;
  /** A data-service request (EIP §3): the client adds X-GX-Purpose (the ICS purpose) unless purpose is null. */
  dataService?: boolean;
  purpose?: string | null;
  /** X-GX-Approval ticket. */
  approval?: string;
  /** X-Request-Id: generated when undefined; omitted when null. */
  requestId?: string | null;
  /** Added to the timestamp, on top of the estimated clock offset to the target (skew tests). */
  timestampSkewMs?: number;
  /** A fixed nonce (replay tests); fresh otherwise. */
  nonce?: string;
  /** Runs after signing, before sending. */
  afterSign?: (wire: WireRequest) => void;
  /** A refusal is what the test expects (negative tests): it does not count toward the circuit breaker. */
  expectRefusal?: boolean;
  /** Marks a request that writes (docking registration, catalog sync); refused unless the ICS allows writes. */
  writes?: boolean;
}

export interface Envelope {
  code: string;
  message: string;
  requestId: string;
  data: unknown;
}

export interface TlsFacts {
  protocol: string | null;
  authorized: boolean;
  authorizationError?: string;
  validTo?: string;
  daysToExpiry?: number;
}

export interface GxResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
  text: string;
  /** The parsed body when it is JSON. */
  json?: unknown;
  /** The body when it has the shape of the EIP envelope (code, message, requestId, data). */
  envelope?: Envelope;
  /** The X-Request-Id sent, if any. */
  requestId?: string;
  /** The wire request that was sent (after afterSign). */
  wire: WireRequest;
  totalMs: number;
  connectionReused?: boolean;
  tls?: TlsFacts;
}

export interface GxClient {
  /** Sends one request. Transport failures (refused, timeout, TLS, oversized body) throw TransportError. */
  request(req: GxRequest): Promise<GxResponse>;
  /** Requests sent so far to this target. */
  readonly requestCount: number;
}

/** A problem found in a value: where, and what. */
export interface Violation {
  /** JSON pointer-ish path, e.g. "/data/items/3/resourceCode". */
  path: string;
  message: Text;
  /** The requirement the problem breaks, where the schema or record check names one (e.g. "EIP-POP-003"). */
  rule?: string;
}

export interface SchemaValidator {
  /** Validates against a named schema of specs/schemas (e.g. 'person-record'); [] when valid. */
  validate(schema: string, value: unknown): Violation[];
}

export interface HealthData {
  status: string;
  role: string;
  nodeId: string;
  profileVersion: string;
  time: string;
  conformance: string[];
}

export interface TestContext {
  target: Target;
  client: GxClient;
  /** data of GET /gx/v1/health, when the target answered one. */
  health?: HealthData;
  /** Target clock minus ours, in ms, estimated from health `time` (0 when unknown). */
  clockOffsetMs: number;
  schemas: SchemaValidator;
  registry: ReadonlyMap<string, Requirement>;
  /** A per-target store shared by the tests of one run (e.g. the full catalog, walked once). */
  shared: Map<string, unknown>;
  /** The target's notion of now (our clock plus the offset). */
  now(): Date;
  /** Adds a note to the current test's result (shown in the report beside the outcome). */
  note(text: Text): void;
}

export interface TestDef {
  /** Unique within its suite; the result's test id is `${class}.${id}`. */
  id: string;
  title: Text;
  /**
   * Requirement IDs this test verifies; a failure fails exactly these. When every one of them is a
   * SHOULD or MAY rule, the engine records a failure as `warn`.
   */
  requirements: string[];
  /** Sends requests that write (docking registration, catalog sync): runs only where the ICS allows writes. */
  writes?: boolean;
  /** Reads personal data (POP, LE, EC queries), for `govx plan`. */
  readsPersonalData?: boolean;
  /** Estimated number of requests, for `govx plan`. */
  requests?: number | ((target: Target) => number);
  /**
   * A reason this test does not run for the target (missing fixture, no write permission, test environment…).
   * Mark a reason made with notApplicableReason() when the rule does not apply at all: such a skip is listed
   * as not applicable and does not leave its class "not assessed".
   */
  skipReason?: (target: Target) => SkipReason | undefined;
  run(ctx: TestContext): Promise<void>;
}

export interface SuiteModule {
  class: ConformanceClass;
  title: Text;
  /** Roles this suite applies to. */
  roles: ('DEPARTMENT' | 'PLATFORM')[];
  tests: TestDef[];
  /**
   * Runs once when the target's run of this suite ends, passed or not (e.g. closes the child node the
   * DOCK suite serves for forwarding). Errors here are the harness's, never the target's.
   */
  afterAll?(ctx: TestContext): Promise<void>;
}

// Brands instead of plain `instanceof`: a test runner may load this module twice (a static import from a
// test and a dynamic one from the engine), and a skip thrown by one copy must still be a skip to the other.
const TEST_OUTCOME = Symbol.for('govx.TestOutcome');
const TRANSPORT_ERROR = Symbol.for('govx.TransportError');

function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/** Thrown by a test to end with an outcome other than pass. Any other thrown Error is a failure. */
export class TestOutcome extends Error {
  readonly [TEST_OUTCOME] = true;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, TEST_OUTCOME);
  }
  constructor(
    readonly outcome: 'fail' | 'warn' | 'skip' | 'error',
    readonly text: Text,
    /** A skip because the rule does not apply to this target (CORE-013 in a test environment). */
    readonly notApplicable = false,
  ) {
    super(text.en);
  }
}

/** A skip reason; `notApplicable` says the rule does not apply to the target, rather than could not be assessed. */
export interface SkipReason extends Text {
  notApplicable?: boolean;
}

export function notApplicableReason(text: Text): SkipReason {
  return { ...text, notApplicable: true };
}

/** Transport or harness failure: the requirement was not assessed (outcome `error`). */
export class TransportError extends Error {
  readonly [TRANSPORT_ERROR] = true;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, TRANSPORT_ERROR);
  }
  constructor(
    readonly code: string,
    readonly text: Text,
  ) {
    super(text.en);
  }
}

export const fail = (text: Text): never => {
  throw new TestOutcome('fail', text);
};
export const warn = (text: Text): never => {
  throw new TestOutcome('warn', text);
};
export const skip = (text: Text): never => {
  throw new TestOutcome('skip', text);
};
/** Ends the test as a skip because the rule does not apply to this target (not a missing fixture). */
export const notApplicable = (text: Text): never => {
  throw new TestOutcome('skip', text, true);
};
export const notAssessed = (text: Text): never => {
  throw new TestOutcome('error', text);
};
