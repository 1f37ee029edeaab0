import Link from 'next/link';
import type { ReactNode } from 'react';

/** The frame of the platform-admin pages: a small top bar (partners, review queue, back to the portal) and <main>. */
export function AdminFrame({ current, children }: { current: 'partners' | 'marketplace'; children: ReactNode }) {
  const link = (href: string, label: string, key: typeof current) => (
    <Link href={href} aria-current={current === key ? 'page' : undefined} className="rounded-md px-2.5 py-1.5 text-sm text-sidebar-foreground hover:bg-white/10 aria-[current=page]:bg-white/15 aria-[current=page]:font-medium aria-[current=page]:text-white">{label}</Link>
  );
  return (
    <>
      <header className="bg-sidebar px-6 py-3">
        <nav aria-label="Platform admin" className="mx-auto flex max-w-6xl items-center gap-2">
          <span className="mr-4 text-sm font-semibold text-white">Platform admin</span>
          {link('/admin', 'Partners', 'partners')}
          {link('/admin/marketplace', 'Marketplace review', 'marketplace')}
          <Link href="/p" className="ml-auto rounded-md px-2.5 py-1.5 text-sm text-sidebar-foreground hover:bg-white/10">Back to the portal</Link>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-7">{children}</main>
    </>
  );
}
