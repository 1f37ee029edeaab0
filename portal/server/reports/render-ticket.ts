import { z } from 'zod';
import { decryptSecret, encryptSecret } from '../../lib/secret-box.ts';

/**
 * A short-lived ticket that lets the report worker's headless browser open one tenant's report page without a user
 * session. It is AES-GCM sealed with the portal's key (so it can be neither read nor forged), names the tenant, the
 * dashboard and the range, and expires within minutes.
 */
const TicketSchema = z.object({
  kind: z.literal('report-render'),
  tenantId: z.string(),
  dashboardId: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  exp: z.number(),
});
export type RenderTicket = z.infer<typeof TicketSchema>;

export function issueRenderTicket(input: Omit<RenderTicket, 'kind' | 'exp'>, ttlMs = 5 * 60_000): string {
  return encryptSecret(JSON.stringify({ kind: 'report-render', ...input, exp: Date.now() + ttlMs }));
}

/** The ticket's claims, or null when it is malformed, forged or expired. */
export function readRenderTicket(sealed: string | null | undefined): RenderTicket | null {
  if (!sealed || sealed.length > 2_000) return null;
  try {
    const parsed = TicketSchema.safeParse(JSON.parse(decryptSecret(sealed)));
    if (!parsed.success || parsed.data.exp < Date.now()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}
