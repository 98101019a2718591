// The engine's public face: the demo, the benchmark and the fault sweep call runConformance directly.
export { runConformance, shardOf, type RunOptions, type RunSummary, type TargetSummary } from './run.js';
export { planTarget, plannedClasses, MANDATORY, type PlannedTest, type TargetPlan, type PlanOptions } from './plan.js';
export { fetchHealth, HEALTH_PATH, type HealthResult } from './health.js';
export { loadWaivers, matchWaiver, type Waiver, type WaiverSet } from './waivers.js';
export { RESULTS_FILE } from './results-writer.js';
export { specsDigest, newRunId, commandLine } from './provenance.js';
export { loadRegistry } from './registry.js';
