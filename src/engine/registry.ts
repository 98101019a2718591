// The requirement registry for the engine: src/spec's registryMap(), the one source of truth
// (specs/requirements.yaml, loaded and validated once). Async for the callers that await it.
import { registryMap } from '../spec/registry.js';
import type { Requirement } from '../spec/registry-types.js';

export async function loadRegistry(): Promise<ReadonlyMap<string, Requirement>> {
  return registryMap();
}
