import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { AppError } from '@/lib/errors';
import { marketplaceMember } from '@/server/marketplace/page-context';
import { previewUpgrade, type UpgradePreview } from '@/server/marketplace/upgrade-installation';
import type { ResourceChange } from '@/server/marketplace/upgrade-diff';
import { ActionForm } from '../../../../_components/action-form';
import { ConfigFields } from '../../../../_components/config-fields';
import { upgradeAction } from '../../../actions';

export const dynamic = 'force-dynamic';

function ChangeList({ title, added, removed, changed }: { title: string; added: ResourceChange[]; removed: ResourceChange[]; changed: ResourceChange[] }) {
  if (!added.length && !removed.length && !changed.length) return <p className="text-sm text-muted-foreground">{title}: no changes.</p>;
  return (
    <div className="grid gap-1 text-sm">
      <h3 className="font-semibold">{title}</h3>
      <ul className="grid gap-1" data-testid={`diff-${title.toLowerCase().replace(/\W+/g, '-')}`}>
        {added.map((c) => <li key={`a-${c.key}`}><span className="font-medium text-emerald-700">Added</span> {c.title}</li>)}
        {removed.map((c) => <li key={`r-${c.key}`}><span className="font-medium text-red-700">Removed</span> {c.title}</li>)}
        {changed.map((c) => (
          <li key={`c-${c.key}`}>
            <span className="font-medium text-amber-800">Changed</span> {c.title}
            <ul className="ml-5 list-disc text-muted-foreground">{c.changes.map((line) => <li key={line}>{line}</li>)}</ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What upgrading changes — dashboards, presets, settings — before anything is applied. */
export default async function UpgradePage({ params }: { params: Promise<{ partner: string; id: string }> }) {
  const { partner, id } = await params;
  const { ctx } = await marketplaceMember(partner);
  let preview: UpgradePreview;
  try {
    preview = await previewUpgrade(ctx, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
  return (
    <>
      <PageHeader title={`Upgrade ${preview.listing.title}`} description={preview.to ? `From ${preview.from.version} to ${preview.to.version}.` : `Already on ${preview.from.version}, the latest version.`} />
      {preview.to && preview.diff ? (
        <div className="grid gap-4">
          {preview.to.changelog ? <Alert title={`What’s new in ${preview.to.version}`}>{preview.to.changelog}</Alert> : null}
          <Card>
            <CardHeader><CardTitle>What changes</CardTitle></CardHeader>
            <CardContent className="grid gap-4">
              <ChangeList title="Dashboards" {...preview.diff.dashboards} />
              <ChangeList title="Automation presets" {...preview.diff.presets} />
              {preview.diff.config.added.length || preview.diff.config.removed.length ? (
                <p className="text-sm">Settings: {preview.diff.config.added.length ? `new ${preview.diff.config.added.join(', ')}` : ''}{preview.diff.config.removed.length ? ` · dropped ${preview.diff.config.removed.join(', ')}` : ''}</p>
              ) : null}
              <p className="text-xs text-muted-foreground">Changed dashboards get a new version (the previous one stays in their history); edits made to them since install are replaced.</p>
            </CardContent>
          </Card>
          <ActionForm action={upgradeAction.bind(null, partner, id)} submitLabel={`Upgrade to ${preview.to.version}`} testId="upgrade-form">
            <ConfigFields fields={preview.fields} values={preview.values} keptSecrets={preview.keptSecrets} />
          </ActionForm>
        </div>
      ) : null}
    </>
  );
}
