'use client';
import { DropdownMenu } from 'radix-ui';
import { ChevronsUpDown, LogOut, ShieldHalf } from 'lucide-react';

export function UserMenu({ email, name, role, partners, signOutAction, platformAdmin = false }: { email: string; name: string | null; role: string; partners: { href: string; label: string }[]; signOutAction: () => Promise<void>; platformAdmin?: boolean }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-left text-sm text-sidebar-foreground hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-white/60">
        <span className="grid min-w-0 flex-1">
          <span className="truncate font-medium text-white">{name ?? email}</span>
          <span className="truncate text-xs">{email} · {role}</span>
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content side="top" align="start" sideOffset={6} className="z-50 min-w-56 rounded-md border border-border bg-surface p-1 text-sm text-foreground shadow-lg">
          {partners.length > 1 ? (
            <>
              <DropdownMenu.Label className="px-2 py-1 text-xs text-muted-foreground">Switch partner</DropdownMenu.Label>
              {partners.map((p) => (
                <DropdownMenu.Item key={p.href} asChild className="block rounded px-2 py-1.5 outline-none data-[highlighted]:bg-secondary">
                  <a href={p.href}>{p.label}</a>
                </DropdownMenu.Item>
              ))}
              <DropdownMenu.Separator className="my-1 h-px bg-border" />
            </>
          ) : null}
          {platformAdmin ? (
            <>
              <DropdownMenu.Item asChild className="flex items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-secondary">
                <a href="/admin"><ShieldHalf aria-hidden className="size-4" /> Platform admin</a>
              </DropdownMenu.Item>
              <DropdownMenu.Separator className="my-1 h-px bg-border" />
            </>
          ) : null}
          <DropdownMenu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-secondary"
            onSelect={() => void signOutAction()}
          >
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
