import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: or postgres://').optional(),
  /** Enables the demo-only token endpoint, together with .stratum/demo.json. Set by `npm start` for the demo. */
  STRATUM_DEMO: booleanFlag,
  /** Embed API rate limit: requests per second per embed app + tenant (0 disables). */
  EMBED_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(0).default(200),
  /** REST API rate limit: requests per minute per API key (0 disables). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Where rate-limit counters live: this instance's memory, or PostgreSQL (shared by every instance). */
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).default('memory'),
  RATE_LIMIT_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  /** Seconds a query result may be served from the in-memory cache (0 disables). */
  QUERY_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(60),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment; throws at first use when a variable is malformed. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return (cached = parsed.data);
}

/** Test helper: forget the parsed environment so the next env() reads process.env again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
