import 'server-only';
import { headers } from 'next/headers';

/** The caller's IP and user agent, for audit events (first X-Forwarded-For hop, else X-Real-IP). */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    return { ip: forwarded || h.get('x-real-ip') || null, userAgent: h.get('user-agent') };
  } catch {
    return { ip: null, userAgent: null };
  }
}
