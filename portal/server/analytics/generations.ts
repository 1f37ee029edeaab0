/** A per-tenant counter bumped whenever the tenant's metrics change; derived data of an older generation is stale. */
const generations = new Map<string, number>();

export function generationOf(tenantId: string): number {
  return generations.get(tenantId) ?? 0;
}

export function bumpGeneration(tenantId: string): void {
  generations.set(tenantId, generationOf(tenantId) + 1);
}
