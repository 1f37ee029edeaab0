import type { Permission } from '@/lib/permissions';

export interface NavItem {
  href: string;
  label: string;
  icon: 'overview' | 'dashboards' | 'theme' | 'embed' | 'keys' | 'members' | 'sso' | 'audit' | 'directory' | 'reports' | 'webhooks' | 'marketplace';
  permission: Permission;
}

/** The partner sidebar; each item shows only to roles whose permissions include its permission. */
export function partnerNav(slug: string): NavItem[] {
  const base = `/p/${slug}`;
  return [
    { href: base, label: 'Clients', icon: 'overview', permission: 'partner.read' },
    { href: `${base}/dashboards`, label: 'Dashboards', icon: 'dashboards', permission: 'dashboards.read' },
    { href: `/reports/${slug}`, label: 'Scheduled reports', icon: 'reports', permission: 'reports.read' },
    { href: `${base}/theme`, label: 'Theme', icon: 'theme', permission: 'theme.read' },
    { href: `${base}/embed-apps`, label: 'Embed apps', icon: 'embed', permission: 'embed_apps.read' },
    { href: `${base}/api-keys`, label: 'API keys', icon: 'keys', permission: 'api_keys.read' },
    { href: `/webhooks/${slug}`, label: 'Webhooks', icon: 'webhooks', permission: 'webhooks.read' },
    { href: `/marketplace/${slug}`, label: 'Marketplace', icon: 'marketplace', permission: 'marketplace.browse' },
    { href: `${base}/members`, label: 'Members', icon: 'members', permission: 'members.read' },
    { href: `${base}/sso`, label: 'Single sign-on', icon: 'sso', permission: 'sso.read' },
    { href: `${base}/directory-sync`, label: 'Directory sync', icon: 'directory', permission: 'scim.read' },
    { href: `${base}/audit`, label: 'Audit log', icon: 'audit', permission: 'audit.read' },
  ];
}
