import 'server-only';
import type { Db } from '../../../prisma/connect.ts';
import { AppError, type ErrorIssue } from '@/lib/errors';
import { installFields, type ConfigField, type Manifest } from './manifests';
import { readVersionManifest } from './version-manifest';
import type { ListingKind } from './listing-input';

type Reader = Pick<Db, 'listing'>;

/** A listing a solution bundles, at its live version. */
export interface BundledListing {
  listing: { id: string; slug: string; kind: ListingKind; title: string };
  version: { id: string; version: string };
  manifest: Manifest;
  /** Its own install fields (unprefixed keys). */
  fields: ConfigField[];
}

/** A bundled listing's setting on the solution's install form: "<slug>__<key>", labelled with the listing's title. */
export function bundleFieldKey(slug: string, key: string): string {
  return `${slug.replace(/-/g, '_')}__${key}`;
}

/**
 * The live versions of the listings a solution bundles (none for other kinds). A bundled listing that is not
 * published any more makes the solution uninstallable (409 naming it) rather than installing half of it.
 */
export async function loadBundles(db: Reader, manifest: Manifest): Promise<BundledListing[]> {
  if (manifest.kind !== 'solution') return [];
  const rows = await db.listing.findMany({
    where: { slug: { in: manifest.bundles } },
    select: { id: true, slug: true, kind: true, title: true, status: true, versions: { where: { status: 'published' }, take: 1, select: { id: true, version: true, manifest: true } } },
  });
  return manifest.bundles.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    const live = row?.versions[0];
    if (!row || row.status !== 'published' || !live) {
      throw new AppError('CONFLICT', `This solution bundles "${slug}", which is not published any more; it cannot be installed until the publisher updates it.`);
    }
    const bundled = readVersionManifest(row.kind as ListingKind, live.manifest).manifest;
    return { listing: { id: row.id, slug: row.slug, kind: row.kind as ListingKind, title: row.title }, version: { id: live.id, version: live.version }, manifest: bundled, fields: installFields(bundled) };
  });
}

/** The install form of a solution: its own fields, then each bundled listing's, prefixed and labelled. */
export function solutionInstallFields(manifest: Manifest, bundles: BundledListing[]): ConfigField[] {
  return [
    ...installFields(manifest),
    ...bundles.flatMap((b) => b.fields.map((f) => ({ ...f, key: bundleFieldKey(b.listing.slug, f.key), label: `${b.listing.title}: ${f.label}` }))),
  ];
}

/** A bundled listing's settings out of the solution's install input (prefix stripped). */
export function bundleConfig(config: Record<string, unknown>, slug: string): Record<string, unknown> {
  const prefix = bundleFieldKey(slug, '');
  return Object.fromEntries(Object.entries(config).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}

/** Re-labels a bundled listing's settings errors with the solution form's field names ("config.<slug>__<key>"). */
export function prefixBundleIssues(error: unknown, slug: string): unknown {
  if (!(error instanceof AppError) || !error.issues) return error;
  const issues: ErrorIssue[] = error.issues.map((i) => ({ ...i, path: i.path.replace(/^config\./, `config.${bundleFieldKey(slug, '')}`) }));
  return new AppError(error.code, error.message.replace(/config\.(\w+)/, (_, key: string) => `config.${bundleFieldKey(slug, key)}`), { issues, status: error.status });
}
