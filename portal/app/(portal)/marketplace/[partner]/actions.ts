'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { runForm, type ActionState } from '@/server/marketplace/action-state';
import { installListing, type InstallTarget } from '@/server/marketplace/install-listing';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { replyToReview } from '@/server/marketplace/reply-to-review';
import { reportReview } from '@/server/marketplace/report-review';
import { submitListingVersion } from '@/server/marketplace/submit-listing-version';
import { uninstall } from '@/server/marketplace/uninstall';
import { setListingVisibility } from '@/server/marketplace/unpublish-listing';
import { upgradeInstallation } from '@/server/marketplace/upgrade-installation';
import { upsertReview } from '@/server/marketplace/upsert-review';

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Form fields named "config.<key>" as the install's settings. */
function configOf(data: FormData): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [name, value] of data.entries()) if (name.startsWith('config.') && typeof value === 'string') config[name.slice('config.'.length)] = value;
  return config;
}

function targetOf(data: FormData): InstallTarget {
  const scope = text(data, 'scope');
  if (scope === 'tenants') return { scope: 'tenants', tenantIds: data.getAll('tenantIds').map(String) };
  if (scope === 'all_clients') return { scope: 'all_clients', includeFuture: data.get('includeFuture') === 'on' };
  return { scope: 'partner' };
}

export async function installAction(partner: string, slug: string, _state: ActionState, data: FormData): Promise<ActionState> {
  const state = await runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const result = await installListing(ctx, { listing: slug, target: targetOf(data), config: configOf(data) });
    return `Installed: ${result.installations.length} installation${result.installations.length === 1 ? '' : 's'}, ${result.dashboardsCreated} dashboard${result.dashboardsCreated === 1 ? '' : 's'} created.`;
  });
  if (state.status === 'ok') redirect(`/marketplace/${partner}/installations?installed=${encodeURIComponent(slug)}`);
  return state;
}

export async function reviewAction(partner: string, listingId: string, slug: string, _state: ActionState, data: FormData): Promise<ActionState> {
  return runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const result = await upsertReview(ctx, { listingId, rating: text(data, 'rating'), body: text(data, 'body') });
    revalidatePath(`/marketplace/${partner}/listings/${slug}`);
    return result.created ? 'Thanks — your review is published.' : 'Your review is updated.';
  });
}

export async function replyAction(partner: string, reviewId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  return runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    await replyToReview(ctx, { reviewId, reply: text(data, 'reply') });
    return 'Reply published.';
  });
}

export async function reportAction(partner: string, reviewId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  return runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const { hidden } = await reportReview(ctx, { reviewId, reason: text(data, 'reason') || 'inappropriate' });
    return hidden ? 'Reported. The review is hidden until a moderator looks at it.' : 'Reported. A moderator will look at it.';
  });
}

export async function upgradeAction(partner: string, installationId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  const state = await runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const { version } = await upgradeInstallation(ctx, { installationId, config: configOf(data) });
    return `Upgraded to ${version}.`;
  });
  if (state.status === 'ok') redirect(`/marketplace/${partner}/installations?upgraded=1`);
  return state;
}

export async function uninstallAction(partner: string, installationId: string, _state: ActionState, data: FormData): Promise<ActionState> {
  let done: Record<string, string> | undefined;
  const state = await runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const mode = text(data, 'mode') === 'detach' ? 'detach' : 'remove';
    const result = await uninstall(ctx, { installationId, mode });
    done = { uninstalled: mode, dashboards: String(result.dashboards), presets: String(result.presets) };
    return 'Uninstalled.';
  });
  // The row (and this form) leaves the table: the page says what happened.
  if (done) redirect(`/marketplace/${partner}/installations?${new URLSearchParams(done)}`);
  return state;
}

export async function submitAction(partner: string, _state: ActionState, data: FormData): Promise<ActionState> {
  return runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    let manifest: unknown;
    try {
      manifest = JSON.parse(text(data, 'manifest') || '{}');
    } catch (error) {
      throw new AppError('UNPROCESSABLE', 'The manifest is not valid JSON.', { issues: [{ path: 'manifest', message: error instanceof Error ? error.message : 'not JSON' }] });
    }
    const lines = (name: string) => text(data, name).split('\n').map((s) => s.trim()).filter(Boolean);
    const result = await submitListingVersion(ctx, {
      slug: text(data, 'slug'),
      kind: text(data, 'kind'),
      listing: {
        title: text(data, 'title'),
        summary: text(data, 'summary'),
        description: text(data, 'description'),
        categories: data.getAll('categories').map(String),
        screenshots: lines('screenshots'),
        pricing: text(data, 'pricing') || 'free',
      },
      version: text(data, 'version'),
      changelog: text(data, 'changelog'),
      manifest,
      action: text(data, 'intent') === 'save_draft' ? 'save_draft' : 'submit',
    });
    revalidatePath(`/marketplace/${partner}/publish`);
    return result.versionStatus === 'in_review' ? `Version ${result.version} of “${result.slug}” is in review.` : `Draft ${result.version} of “${result.slug}” saved.`;
  });
}

export async function visibilityAction(partner: string, listingId: string, action: 'unpublish' | 'republish', _state: ActionState): Promise<ActionState> {
  return runForm(async () => {
    const { ctx } = await marketplaceMember(partner);
    const { status } = await setListingVisibility(ctx, { listingId, action });
    revalidatePath(`/marketplace/${partner}/publish`);
    return `The listing is now ${status}.`;
  });
}
