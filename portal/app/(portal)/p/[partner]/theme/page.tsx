import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { ThemeEditor } from '@/components/theme/theme-editor';
import { cn } from '@/components/cn';
import { mintPortalToken } from '@/server/embed-apps-admin/portal-token';
import { themeLayers } from '@/server/theming/themes';
import { listTenants } from '@/server/tenancy/tenants';
import { withPartnerPage } from '@/server/tenancy/require-member';
import { saveThemeAction } from './actions';

export const metadata: Metadata = { title: 'Theme' };
export const dynamic = 'force-dynamic';

export default async function ThemePage({ params, searchParams }: { params: Promise<{ partner: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { partner: slug } = await params;
  const search = z.object({ client: z.string().max(64).optional() }).safeParse(await searchParams);
  const clientSlug = search.success ? search.data.client : undefined;
  return withPartnerPage(slug, 'theme.read', async (ctx) => {
    const tenants = await listTenants(ctx);
    const tenant = clientSlug ? tenants.find((t) => t.slug === clientSlug) ?? null : null;
    const layers = await themeLayers(ctx, tenant?.id ?? null);
    const previewTenant = tenant ?? tenants[0];
    const preview = previewTenant ? { tenantId: previewTenant.id, token: (await mintPortalToken(ctx, previewTenant.id)).token } : null;
    return (
      <>
        <PageHeader title="Theme" description="Your brand on every widget and client report. A client's override inherits whatever it leaves unset from your agency theme." />
        <nav aria-label="Theme scope" className="mb-5 flex flex-wrap gap-1.5">
          {[{ slug: null as string | null, name: 'Agency default' }, ...tenants.map((t) => ({ slug: t.slug as string | null, name: t.name }))].map((s) => (
            <Link key={s.slug ?? 'partner'} href={s.slug ? `/p/${slug}/theme?client=${s.slug}` : `/p/${slug}/theme`} aria-current={(tenant?.slug ?? null) === s.slug ? 'page' : undefined}
              className={cn('rounded-full border border-border px-3 py-1 text-sm hover:bg-secondary', (tenant?.slug ?? null) === s.slug && 'border-primary bg-primary text-primary-foreground hover:bg-primary')}>
              {s.name}
            </Link>
          ))}
        </nav>
        <ThemeEditor
          key={tenant?.id ?? 'partner'}
          partnerSlug={slug}
          partnerName={ctx.partner.name}
          tenantId={tenant?.id ?? null}
          own={tenant ? layers.tenant : layers.partner}
          inherited={tenant ? layers.partner : null}
          canWrite={ctx.can('theme.write')}
          preview={preview}
          save={saveThemeAction}
        />
      </>
    );
  }, () => <AccessDenied what="the theme" />);
}
