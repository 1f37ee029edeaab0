import type { UpgradeDiff } from '@/server/marketplace/upgrade-diff';

const SECTIONS = [
  ['dashboards', 'Dashboards'],
  ['presets', 'Automation presets'],
] as const;

/** What a new version changes against the live one: each dashboard/preset added, removed or changed, and settings. */
export function DiffSummary({ diff, live }: { diff: UpgradeDiff; live: string }) {
  const rows: { sign: string; text: string }[] = [];
  for (const [key, label] of SECTIONS) {
    for (const r of diff[key].added) rows.push({ sign: '+', text: `${label}: “${r.title}” added` });
    for (const r of diff[key].removed) rows.push({ sign: '−', text: `${label}: “${r.title}” removed` });
    for (const r of diff[key].changed) rows.push({ sign: '~', text: `${label}: “${r.title}”: ${r.changes.join('; ')}` });
  }
  for (const k of diff.config.added) rows.push({ sign: '+', text: `Setting “${k}” added${diff.config.newRequired.includes(k) ? ' (required)' : ''}` });
  for (const k of diff.config.removed) rows.push({ sign: '−', text: `Setting “${k}” removed` });
  return (
    <section aria-label={`Changes against ${live}`} className="grid gap-1" data-testid="manifest-diff">
      <h3 className="text-sm font-semibold">Changes against live {live}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No change to dashboards, presets or settings (metadata or description only).</p>
      ) : (
        <ul className="grid gap-0.5 font-mono text-xs">
          {rows.map((r) => (
            <li key={`${r.sign}${r.text}`}>
              <span aria-hidden className="inline-block w-4">{r.sign}</span>
              {r.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
