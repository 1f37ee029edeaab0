'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Building2, FolderSync, KeyRound, LayoutDashboard, Mail, Palette, Plug, ScrollText, ShieldCheck, Store, Users, Webhook } from 'lucide-react';
import { cn } from '../cn';
import type { NavItem } from './nav-items';

const ICONS = { overview: Building2, dashboards: LayoutDashboard, theme: Palette, embed: Plug, keys: KeyRound, members: Users, sso: ShieldCheck, audit: ScrollText, directory: FolderSync, reports: Mail, webhooks: Webhook, marketplace: Store };

export function SidebarNav({ items }: { items: Omit<NavItem, 'permission'>[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Partner" className="grid gap-0.5">
      {items.map((item, index) => {
        const Icon = ICONS[item.icon];
        const active = index === 0 ? pathname === item.href || pathname.startsWith(`${item.href}/clients`) : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={cn('flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm text-sidebar-foreground hover:bg-white/10', active && 'bg-white/15 font-medium text-white')}
          >
            <Icon aria-hidden className="size-4 opacity-80" />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
