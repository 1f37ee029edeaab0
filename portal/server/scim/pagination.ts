import { ScimError } from './errors';
import { parseFilter, matchesFilter } from './filter';

export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const MAX_RESULTS = 200;

export interface ListQuery {
  filter: string | null;
  startIndex: number;
  count: number;
  excludedAttributes: string[];
}

/** startIndex is 1-based (values below 1 mean 1); count defaults to and is capped at MAX_RESULTS (RFC 7644 §3.4.2.4). */
export function listQuery(url: URL): ListQuery {
  const int = (name: string, fallback: number) => {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^-?\d{1,9}$/.test(raw)) throw new ScimError(400, `${name} must be an integer.`, 'invalidValue');
    return Number(raw);
  };
  return {
    filter: url.searchParams.get('filter'),
    startIndex: Math.max(1, int('startIndex', 1)),
    count: Math.min(MAX_RESULTS, Math.max(0, int('count', MAX_RESULTS))),
    excludedAttributes: (url.searchParams.get('excludedAttributes') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
  };
}

/** Filters and pages resources already projected to SCIM JSON. */
export function listResponse<T>(resources: T[], query: ListQuery) {
  const filter = query.filter ? parseFilter(query.filter) : null;
  const matched = filter ? resources.filter((r) => matchesFilter(filter, r)) : resources;
  const page = matched.slice(query.startIndex - 1, query.startIndex - 1 + query.count);
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults: matched.length, startIndex: query.startIndex, itemsPerPage: page.length, Resources: page };
}
