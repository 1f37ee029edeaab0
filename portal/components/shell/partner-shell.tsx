import type { ReactNode } from 'react';
import { ROLE_LABELS } from '@/lib/permissions';
import { partnersOf, type PartnerContext } from '@/server/tenancy/membership';
import { signOutAction } from '../../app/(portal)/actions';
import { partnerNav } from './nav-items';
import { SidebarNav } from './sidebar-nav';
import { UserMenu } from './user-menu';

/** The signed-in partner portal's frame: sidebar (items the role may use), user menu, and the main landmark. */
export async function PartnerShell({ ctx, children }: { ctx: PartnerContext; children: ReactNode }) {
  const partners = (await partnersOf(ctx.user.id)).filter((m) => m.tenantId === null).map((m) => ({ href: `/p/${m.partner.slug}`, label: m.partner.name }));
  const items = partnerNav(ctx.partner.slug).filter((i) => ctx.can(i.permission)).map(({ permission: _p, ...i }) => i);
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">Skip to content</a>
      <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col gap-6 bg-sidebar px-3 py-5">
        <div className="px-2.5">
          <p className="text-xs font-semibold uppercase tracking-wider text-sidebar-foreground">Stratum partner</p>
          <p className="truncate text-base font-semibold text-white">{ctx.partner.name}</p>
        </div>
        <SidebarNav items={items} />
        <div className="mt-auto">
          <UserMenu email={ctx.user.email} name={ctx.user.name} role={ROLE_LABELS[ctx.role]} partners={partners} signOutAction={signOutAction} platformAdmin={ctx.user.isPlatformAdmin} />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-8 py-7">{children}</main>
    </div>
  );
}
