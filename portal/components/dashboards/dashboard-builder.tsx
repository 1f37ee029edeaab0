'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useFieldArray, useForm } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { CHART_TYPES, DATE_RANGE_PRESETS, DIMENSIONS, METRICS, type DashboardLayout, type DashboardWidget, type WidgetKind } from '@stratum/contract';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { Input, NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { WidgetEmbed } from '../widgets/widget-embed';
import { WidgetPreview } from './widget-preview';

const KINDS: { kind: WidgetKind; label: string; defaults: Partial<DashboardWidget> }[] = [
  { kind: 'kpi', label: 'KPI', defaults: { metric: 'revenue', layout: { w: 3, h: 1 } } },
  { kind: 'chart', label: 'Chart', defaults: { chartType: 'line', metrics: ['revenue', 'spend'], dimension: 'date', grain: 'day', layout: { w: 8, h: 3 } } },
  { kind: 'table', label: 'Table', defaults: { metrics: ['spend', 'conversions', 'roas'], dimension: 'campaign', layout: { w: 12, h: 3 } } },
  { kind: 'signal-health', label: 'Signal health', defaults: { layout: { w: 4, h: 3 } } },
  { kind: 'recommendations', label: 'Recommendations', defaults: { layout: { w: 6, h: 3 } } },
  { kind: 'copilot', label: 'Copilot', defaults: { layout: { w: 6, h: 4 } } },
  { kind: 'attribution', label: 'Attribution', defaults: { layout: { w: 12, h: 4 } } },
  { kind: 'benchmarks', label: 'Benchmarks', defaults: { layout: { w: 6, h: 3 } } },
];

type Message = { tone: 'success' | 'error'; text: string };
/**
 * The page remounts the builder for each new version (so a restored version reaches the form); the outcome of the
 * save that made that version is kept here, by dashboard and version, so the remounted builder still says it.
 */
const savedMessages = new Map<string, Message>();

interface FormValues { title: string; description: string; defaultRange: string; widgets: DashboardWidget[] }
type SaveInput = { partnerSlug: string; dashboardId: string; title: string; description: string | null; layout: DashboardLayout; baseVersion: number };

export interface BuilderProps {
  partnerSlug: string;
  dashboard: { id: string; title: string; description: string | null; version: number; layout: DashboardLayout; isTemplate: boolean };
  canWrite: boolean;
  preview: { tenantId: string; tenantName: string; token: string } | null;
  save: (input: SaveInput) => Promise<ActionResult<{ version: number }>>;
}

export function DashboardBuilder({ partnerSlug, dashboard, canWrite, preview, save }: BuilderProps) {
  const router = useRouter();
  const [version, setVersion] = useState(dashboard.version);
  const [message, setMessage] = useState<Message | undefined>(() => savedMessages.get(`${dashboard.id}@${dashboard.version}`));
  const [pending, start] = useTransition();
  const form = useForm<FormValues>({ defaultValues: { title: dashboard.title, description: dashboard.description ?? '', defaultRange: dashboard.layout.defaultRange ?? 'last_30_days', widgets: dashboard.layout.widgets } });
  const widgets = useFieldArray({ control: form.control, name: 'widgets', keyName: 'key' });
  const values = form.watch();
  const disabled = !canWrite || pending;

  const add = (kind: WidgetKind) => {
    const spec = KINDS.find((k) => k.kind === kind)!;
    widgets.append({ id: `${kind}-${Date.now().toString(36)}`, kind, title: spec.label, layout: { w: 4, h: 2 }, ...spec.defaults } as DashboardWidget);
  };

  const onSubmit = form.handleSubmit((v) => start(async () => {
    const layout: DashboardLayout = { widgets: v.widgets.map((w) => ({ ...w, layout: { w: Number(w.layout.w), h: Number(w.layout.h) }, ...(w.limit ? { limit: Number(w.limit) } : {}) })), defaultRange: v.defaultRange as DashboardLayout['defaultRange'] };
    const r = await save({ partnerSlug, dashboardId: dashboard.id, title: v.title, description: v.description || null, layout, baseVersion: version });
    if (r.ok) {
      const saved: Message = { tone: 'success', text: `Saved as version ${r.data.version}.` };
      savedMessages.set(`${dashboard.id}@${r.data.version}`, saved);
      setVersion(r.data.version);
      setMessage(saved);
      router.refresh();
    }
    else setMessage({ tone: 'error', text: r.issues?.length ? `${r.message} ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : r.message });
  }));

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <form onSubmit={onSubmit} noValidate className="grid content-start gap-4" aria-label="Dashboard builder">
        <Card>
          <CardContent className="grid gap-3 pt-4">
            <div className="grid gap-1.5"><Label htmlFor="dash-title">Title</Label><Input id="dash-title" disabled={disabled} {...form.register('title', { required: true })} /></div>
            <div className="grid gap-1.5"><Label htmlFor="dash-description">Description</Label><Input id="dash-description" disabled={disabled} {...form.register('description')} /></div>
            <div className="grid gap-1.5"><Label htmlFor="dash-range">Default date range</Label><NativeSelect id="dash-range" disabled={disabled} {...form.register('defaultRange')}>{DATE_RANGE_PRESETS.map((r) => <option key={r} value={r}>{r.replaceAll('_', ' ')}</option>)}</NativeSelect></div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Widgets ({widgets.fields.length})</CardTitle></CardHeader>
          <CardContent className="grid gap-3">
            {widgets.fields.map((field, i) => {
              const w = values.widgets[i] ?? field;
              const p = `widgets.${i}` as const;
              return (
                <fieldset key={field.key} className="grid gap-2 rounded-md border border-border p-3" aria-label={`Widget ${i + 1}: ${w.title}`}>
                  <legend className="sr-only">Widget {i + 1}</legend>
                  <div className="flex items-center gap-2">
                    <Badge tone="info">{KINDS.find((k) => k.kind === w.kind)?.label}</Badge>
                    <Input aria-label={`Title of widget ${i + 1}`} className="h-8" disabled={disabled} {...form.register(`${p}.title`)} />
                    <Button variant="ghost" size="icon" aria-label={`Move widget ${i + 1} up`} disabled={disabled || i === 0} onClick={() => widgets.move(i, i - 1)}><ArrowUp aria-hidden /></Button>
                    <Button variant="ghost" size="icon" aria-label={`Move widget ${i + 1} down`} disabled={disabled || i === widgets.fields.length - 1} onClick={() => widgets.move(i, i + 1)}><ArrowDown aria-hidden /></Button>
                    <Button variant="ghost" size="icon" aria-label={`Remove widget ${i + 1}`} disabled={disabled} onClick={() => widgets.remove(i)}><Trash2 aria-hidden /></Button>
                  </div>
                  <div className="grid grid-cols-2 gap-2 text-xs">
                    {w.kind === 'kpi' ? (
                      <label className="grid gap-1">Metric<NativeSelect className="h-8" disabled={disabled} {...form.register(`${p}.metric`)}>{METRICS.map((m) => <option key={m} value={m}>{m}</option>)}</NativeSelect></label>
                    ) : null}
                    {w.kind === 'chart' || w.kind === 'table' ? (
                      <>
                        <label className="grid gap-1">Metrics
                          <NativeSelect multiple className="h-20" disabled={disabled} value={w.metrics ?? []} onChange={(e) => form.setValue(`${p}.metrics`, [...e.target.selectedOptions].map((o) => o.value as (typeof METRICS)[number]), { shouldDirty: true })}>
                            {METRICS.map((m) => <option key={m} value={m}>{m}</option>)}
                          </NativeSelect>
                        </label>
                        <label className="grid content-start gap-1">Dimension<NativeSelect className="h-8" disabled={disabled} {...form.register(`${p}.dimension`)}>{DIMENSIONS.map((d) => <option key={d} value={d}>{d}</option>)}</NativeSelect></label>
                      </>
                    ) : null}
                    {w.kind === 'chart' ? (
                      <label className="grid gap-1">Chart type<NativeSelect className="h-8" disabled={disabled} {...form.register(`${p}.chartType`)}>{CHART_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}</NativeSelect></label>
                    ) : null}
                    <label className="grid gap-1">Width (of 12)<Input type="number" min={1} max={12} className="h-8" disabled={disabled} {...form.register(`${p}.layout.w`, { valueAsNumber: true, min: 1, max: 12 })} /></label>
                    <label className="grid gap-1">Height (rows)<Input type="number" min={1} max={24} className="h-8" disabled={disabled} {...form.register(`${p}.layout.h`, { valueAsNumber: true, min: 1, max: 24 })} /></label>
                  </div>
                </fieldset>
              );
            })}
            {canWrite ? (
              <div className="flex flex-wrap gap-1.5" role="group" aria-label="Add a widget">
                {KINDS.map((k) => <Button key={k.kind} variant="outline" size="sm" onClick={() => add(k.kind)}><Plus aria-hidden /> {k.label}</Button>)}
              </div>
            ) : null}
          </CardContent>
        </Card>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        {canWrite ? <Button type="submit" disabled={pending}>Save version {version + 1}</Button> : null}
      </form>
      <Card>
        <CardHeader className="py-3"><CardTitle className="text-sm">Preview {preview ? `with ${preview.tenantName}'s data` : ''}</CardTitle></CardHeader>
        <CardContent>
          {preview ? (
            <WidgetEmbed partnerSlug={partnerSlug} tenantId={preview.tenantId} token={preview.token} theme={{}} className="grid grid-cols-12 gap-3">
              {values.widgets.map((w, i) => (
                <div key={`${w.id}-${i}`} data-testid="preview-widget" style={{ gridColumn: `span ${Math.min(12, Math.max(1, Number(w.layout?.w) || 4))} / span ${Math.min(12, Math.max(1, Number(w.layout?.w) || 4))}`, minHeight: `${Math.max(1, Number(w.layout?.h) || 1) * 90}px` }}>
                  <WidgetPreview w={w} range={values.defaultRange} />
                </div>
              ))}
            </WidgetEmbed>
          ) : <p className="text-sm text-muted-foreground">Add a client to preview with real data.</p>}
        </CardContent>
      </Card>
    </div>
  );
}
