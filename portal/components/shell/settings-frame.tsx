import type { ReactNode } from 'react';
import { currentUser } from '@/server/auth/current-user';
import { partnerContext } from '@/server/tenancy/membership';
import { PartnerShell } from './partner-shell';

/**
 * Frame of partner settings pages that client users reach too (scheduled reports): partner members get the portal's
 * sidebar; a client user (or anyone the page itself turns away) gets a plain main landmark, with nothing of the portal.
 */
export async function SettingsFrame({ partnerSlug, children }: { partnerSlug: string; children: ReactNode }) {
  const user = await currentUser();
  const ctx = user ? await partnerContext(user, partnerSlug).catch(() => null) : null;
  if (!ctx || ctx.role === 'client') {
    return (
      <main id="main" className="px-6 py-7">
        {children}
      </main>
    );
  }
  return <PartnerShell ctx={ctx}>{children}</PartnerShell>;
}
