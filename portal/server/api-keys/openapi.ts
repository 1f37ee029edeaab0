import { z } from 'zod';
import { ERROR_CODES } from '@stratum/contract';
import { PageQuerySchema, pageSchema } from '@/lib/pagination';
import { MetricQuerySchema, QueryResultSchema } from '@/server/embed/schemas';
import { MARKETPLACE_OPERATIONS } from '@/server/marketplace/api/openapi-operations';
import {
  CampaignCreateSchema,
  CampaignSchema,
  CampaignUpdateSchema,
  DashboardCreateSchema,
  DashboardSchema,
  DashboardUpdateSchema,
  EmbedAppCreateSchema,
  EmbedAppRotateSchema,
  EmbedAppSchema,
  EmbedAppUpdateSchema,
  EmbedAppWithSecretSchema,
  EmbedTokenRequestSchema,
  EmbedTokenResponseSchema,
  MetricBatchResultSchema,
  MetricRowSchema,
  TenantCreateSchema,
  TenantSchema,
  TenantUpdateSchema,
} from './resources/schemas';
import type { ApiScope } from './scopes';

/** REST API v1 described once; the OpenAPI 3.1 document is generated from the routes' own zod schemas. */
interface Operation {
  method: 'get' | 'post' | 'patch';
  path: string;
  summary: string;
  scope: ApiScope;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  status?: number;
}

const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});

export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/tenants', summary: 'List tenants', scope: 'tenants:read', query: PageQuerySchema, response: pageSchema(TenantSchema) },
  { method: 'post', path: '/tenants', summary: 'Create a tenant', scope: 'tenants:write', body: TenantCreateSchema, response: TenantSchema, status: 201 },
  { method: 'get', path: '/tenants/{id}', summary: 'Get a tenant (id or slug)', scope: 'tenants:read', response: TenantSchema },
  { method: 'patch', path: '/tenants/{id}', summary: 'Update a tenant', scope: 'tenants:write', body: TenantUpdateSchema, response: TenantSchema },
  { method: 'get', path: '/tenants/{id}/campaigns', summary: 'List a tenant’s campaigns', scope: 'campaigns:read', query: PageQuerySchema, response: pageSchema(CampaignSchema) },
  { method: 'post', path: '/tenants/{id}/campaigns', summary: 'Create a campaign', scope: 'campaigns:write', body: CampaignCreateSchema, response: CampaignSchema, status: 201 },
  { method: 'get', path: '/campaigns/{id}', summary: 'Get a campaign', scope: 'campaigns:read', response: CampaignSchema },
  { method: 'patch', path: '/campaigns/{id}', summary: 'Update a campaign', scope: 'campaigns:write', body: CampaignUpdateSchema, response: CampaignSchema },
  { method: 'get', path: '/tenants/{id}/dashboards', summary: 'List a tenant’s dashboards', scope: 'dashboards:read', query: PageQuerySchema, response: pageSchema(DashboardSchema) },
  { method: 'post', path: '/tenants/{id}/dashboards', summary: 'Create a dashboard', scope: 'dashboards:write', body: DashboardCreateSchema, response: DashboardSchema, status: 201 },
  { method: 'get', path: '/dashboards/{id}', summary: 'Get a dashboard', scope: 'dashboards:read', response: DashboardSchema },
  { method: 'patch', path: '/dashboards/{id}', summary: 'Update a dashboard (keeps the previous version)', scope: 'dashboards:write', body: DashboardUpdateSchema, response: DashboardSchema },
  { method: 'post', path: '/tenants/{id}/query', summary: 'Run a metric query for a tenant', scope: 'metrics:read', body: MetricQuerySchema, response: QueryResultSchema },
  { method: 'get', path: '/embed-apps', summary: 'List embed apps', scope: 'embed-apps:read', query: PageQuerySchema, response: pageSchema(EmbedAppSchema) },
  { method: 'post', path: '/embed-apps', summary: 'Create an embed app (the secret is shown once)', scope: 'embed-apps:write', body: EmbedAppCreateSchema, response: EmbedAppWithSecretSchema, status: 201 },
  { method: 'get', path: '/embed-apps/{id}', summary: 'Get an embed app', scope: 'embed-apps:read', response: EmbedAppSchema },
  { method: 'patch', path: '/embed-apps/{id}', summary: 'Update an embed app’s name, origins or scopes', scope: 'embed-apps:write', body: EmbedAppUpdateSchema, response: EmbedAppSchema },
  { method: 'post', path: '/embed-apps/{id}/rotate-secret', summary: 'Rotate the signing secret with an overlap window', scope: 'embed-apps:write', body: EmbedAppRotateSchema, response: EmbedAppWithSecretSchema },
  { method: 'post', path: '/embed-apps/{id}/revoke', summary: 'Revoke an embed app', scope: 'embed-apps:write', response: EmbedAppSchema },
  { method: 'post', path: '/embed-tokens', summary: 'Mint an embed token', scope: 'embed-tokens:create', body: EmbedTokenRequestSchema, response: EmbedTokenResponseSchema, status: 201 },
  {
    method: 'post',
    path: '/metrics/batch',
    summary: 'Upsert up to 10,000 daily metric rows (idempotent; per-row errors)',
    scope: 'metrics:write',
    body: z.object({ rows: z.array(MetricRowSchema).min(1).max(10_000) }),
    response: MetricBatchResultSchema,
  },
  ...MARKETPLACE_OPERATIONS,
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

const ERROR_RESPONSES = {
  '400': 'The request is not valid (VALIDATION_FAILED with issues, or BAD_REQUEST).',
  '401': 'Missing, unknown, revoked or expired API key (UNAUTHENTICATED).',
  '403': 'The API key lacks the scope (FORBIDDEN).',
  '404': 'Not found, or not the partner’s (NOT_FOUND).',
  '429': 'Rate limited; see Retry-After (RATE_LIMITED).',
};

export function openApiDocument(serverUrl: string, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: unknown[] = [];
    for (const match of op.path.matchAll(/\{(\w+)\}/g)) parameters.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
    if (op.query) {
      const shape = jsonSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(shape.properties ?? {})) parameters.push({ name, in: 'query', required: shape.required?.includes(name) ?? false, schema });
    }
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } },
    };
    for (const [status, description] of Object.entries(ERROR_RESPONSES)) responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      security: [{ apiKey: [] }],
      'x-required-scope': op.scope,
      parameters,
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner REST API',
      version,
      description: 'Manage tenants, campaigns, dashboards and embed apps, mint embed tokens and ingest metrics. Authenticate with an API key: `Authorization: Bearer sk_…`. Lists are cursor-paginated (`limit`, `cursor` → `nextCursor`).',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A partner API key (sk_…), scoped.' } },
      schemas: { Error: jsonSchema(ErrorBodySchema, 'output') },
    },
    paths,
  };
}
