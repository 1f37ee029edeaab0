import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoManifest } from '../../prisma/demo-manifest.ts';

/** A person the local IdP can authenticate. The subject is the email (stable, readable in tests). */
export interface IdpUser {
  email: string;
  name: string;
  role?: string;
}

/** Domains the local IdP vouches for; any address on them can sign in (that is how JIT provisioning is shown). */
export function idpDomains(): string[] {
  return (process.env.IDP_DOMAINS ?? 'northwind.test')
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

export function readDemoManifest(): Partial<DemoManifest> & Record<string, unknown> {
  const file = path.resolve(process.env.STRATUM_DATA_DIR ?? '.stratum', 'demo.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<DemoManifest> & Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The seed's users whose email is on one of the IdP's domains, owner first. */
export function demoUsers(domains: string[] = idpDomains()): IdpUser[] {
  const order = ['owner', 'admin', 'analyst', 'viewer', 'client'];
  const users = (readDemoManifest().users ?? [])
    .filter((u) => domains.includes(emailDomain(u.email)))
    .map((u) => ({ email: u.email.toLowerCase(), name: u.name, role: u.role }));
  if (users.length === 0) users.push({ email: `owner@${domains[0] ?? 'northwind.test'}`, name: 'Demo Owner', role: 'owner' });
  return users.sort((a, b) => order.indexOf(a.role ?? '') - order.indexOf(b.role ?? ''));
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Looks a user up, or makes one up for any well-formed address on an IdP domain. */
export function findIdpUser(email: string, domains: string[] = idpDomains()): IdpUser | undefined {
  const normalized = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized) || !domains.includes(emailDomain(normalized))) return undefined;
  const known = demoUsers(domains).find((u) => u.email === normalized);
  if (known) return known;
  const local = normalized.split('@')[0] ?? normalized;
  return { email: normalized, name: local.replace(/[._-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
}
