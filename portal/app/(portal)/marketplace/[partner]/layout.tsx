import type { ReactNode } from 'react';
import Link from 'next/link';
import { ArrowLeft, Store } from 'lucide-react';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { can } from '@/server/marketplace/permissions';

export default async function MarketplaceLayout({ children, params }: { children: ReactNode; params: Promise<{ partner: string }> }) {
  const { partner } = await params;
  const { member, ctx } = await marketplaceMember(partner);
  const base = `/marketplace/${partner}`;
  const links = [
    { href: base, label: 'Browse' },
    { href: `${base}/installations`, label: 'Installations' },
    ...(can(ctx.role, 'marketplace.publish') ? [{ href: `${base}/publish`, label: 'Publish' }] : []),
    ...(member.user.isPlatformAdmin ? [{ href: '/admin/marketplace', label: 'Review queue' }] : []),
  ];
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">Skip to content</a>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <Link href={`/p/${partner}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
            <ArrowLeft aria-hidden className="size-4" /> {member.partner.name}
          </Link>
          <span className="inline-flex items-center gap-2 font-semibold"><Store aria-hidden className="size-4" /> Marketplace</span>
          <nav aria-label="Marketplace" className="flex gap-1">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="rounded-md px-2.5 py-1.5 text-sm hover:bg-secondary">{l.label}</Link>
            ))}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-7">{children}</main>
    </div>
  );
}
