'use client';
import { useMemo, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { AlertTriangle, CheckCircle2, Upload } from 'lucide-react';
import { contrastWarnings } from '@/server/theming/contrast';
import { COLOR_FIELDS, COLOR_LABELS, COLOR_SCHEMES, DENSITIES, FONT_CHOICES, FONT_LABELS, resolveTheme, ThemeFieldsSchema, type ResolvedTheme, type ThemeFields } from '@/server/theming/theme-schema';
import { toWidgetTheme } from '@/server/theming/widget-theme';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card';
import { Input, NativeSelect } from '../ui/input';
import { Label } from '../ui/label';
import { WidgetEmbed } from '../widgets/widget-embed';

type FieldKey = keyof ThemeFields;
type FormValues = Record<FieldKey, string | number | null>;

const HEX = /^#[0-9a-f]{6}$/i;

export interface ThemeEditorProps {
  partnerSlug: string;
  partnerName: string;
  tenantId: string | null;
  /** The layer this editor edits, and the one it inherits from (partner theme when editing a tenant). */
  own: ThemeFields | null;
  inherited: ThemeFields | null;
  canWrite: boolean;
  preview: { tenantId: string; token: string } | null;
  save: (input: { partnerSlug: string; tenantId: string | null; fields: ThemeFields }) => Promise<ActionResult<{ changed: string[] }>>;
}

function InheritToggle({ id, inherited, label, onChange, disabled }: { id: string; inherited: boolean; label: string; onChange: (v: boolean) => void; disabled: boolean }) {
  return (
    <label htmlFor={id} className="flex items-center gap-1.5 text-xs text-muted-foreground">
      <input id={id} type="checkbox" className="size-3.5 accent-primary" checked={inherited} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function ThemeEditor({ partnerSlug, partnerName, tenantId, own, inherited, canWrite, preview, save }: ThemeEditorProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [uploadError, setUploadError] = useState<string>();
  const [pending, start] = useTransition();
  const defaults = Object.fromEntries(Object.keys(ThemeFieldsSchema.shape).map((k) => [k, own?.[k as FieldKey] ?? null])) as FormValues;
  const form = useForm<FormValues>({ defaultValues: defaults });
  const values = form.watch();
  const base = useMemo(() => resolveTheme({ brandName: partnerName }, inherited), [partnerName, inherited]);
  const parsed = ThemeFieldsSchema.safeParse(values);
  const resolved: ResolvedTheme = resolveTheme({ brandName: partnerName }, inherited, parsed.success ? parsed.data : own);
  const warnings = contrastWarnings(resolved);
  const inheritLabel = tenantId ? 'Inherit' : 'Default';
  const disabled = !canWrite || pending;

  const setField = (key: FieldKey, value: string | number | null) => form.setValue(key, value, { shouldDirty: true });

  async function uploadLogo(file: File) {
    setUploadError(undefined);
    const body = new FormData();
    body.set('logo', file);
    const res = await fetch(`/api/portal/${encodeURIComponent(partnerSlug)}/assets`, { method: 'POST', body });
    const json = (await res.json()) as { id?: string; error?: { message: string } };
    if (!res.ok || !json.id) setUploadError(json.error?.message ?? 'Upload failed.');
    else setField('logoAssetId', json.id);
  }

  const onSubmit = form.handleSubmit((v) => {
    const fields = ThemeFieldsSchema.safeParse(v);
    if (!fields.success) {
      setMessage({ tone: 'error', text: fields.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join(' ') });
      return;
    }
    start(async () => {
      const r = await save({ partnerSlug, tenantId, fields: fields.data });
      setMessage(r.ok ? { tone: 'success', text: r.data.changed.length ? `Saved: ${r.data.changed.join(', ')}.` : 'Nothing changed.' } : { tone: 'error', text: r.message });
      if (r.ok) { form.reset(v); router.refresh(); }
    });
  });

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <form onSubmit={onSubmit} noValidate className="grid content-start gap-5" aria-label="Theme">
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Brand</CardTitle></CardHeader>
          <CardContent className="grid gap-4">
            <div className="grid gap-1.5">
              <div className="flex items-center justify-between"><Label htmlFor="brandName">Brand name</Label><InheritToggle id="brandName-inherit" label={inheritLabel} inherited={values.brandName === null} disabled={disabled} onChange={(v) => setField('brandName', v ? null : base.brandName)} /></div>
              <Input id="brandName" maxLength={60} disabled={disabled || values.brandName === null} value={String(values.brandName ?? base.brandName)} onChange={(e) => setField('brandName', e.target.value)} />
            </div>
            <div className="grid gap-1.5">
              <div className="flex items-center justify-between"><Label htmlFor="logo">Logo</Label><InheritToggle id="logo-inherit" label={inheritLabel} inherited={values.logoAssetId === null} disabled={disabled} onChange={(v) => v && setField('logoAssetId', null)} /></div>
              <div className="flex items-center gap-3">
                {resolved.logoAssetId ? <img src={`/api/portal/${partnerSlug}/assets/${resolved.logoAssetId}`} alt="Current logo" className="h-8 max-w-32 object-contain" /> : <span className="text-xs text-muted-foreground">No logo</span>}
                <label className="inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-border px-3 py-1.5 text-sm hover:bg-secondary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
                  <Upload aria-hidden className="size-4" /> Upload
                  <input id="logo" type="file" accept="image/png,image/jpeg,image/webp" className="sr-only" disabled={disabled} onChange={(e) => { const f = e.target.files?.[0]; if (f) void uploadLogo(f); }} />
                </label>
              </div>
              <p className="text-xs text-muted-foreground">PNG, JPEG or WebP, up to 256 KB.</p>
              {uploadError ? <p role="alert" className="text-xs text-destructive">{uploadError}</p> : null}
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Colours</CardTitle></CardHeader>
          <CardContent className="grid gap-3">
            {COLOR_FIELDS.map((key) => {
              const value = values[key];
              const shown = typeof value === 'string' ? value : base[key];
              return (
                <div key={key} className="grid grid-cols-[7rem_2.25rem_1fr_auto] items-center gap-2">
                  <Label htmlFor={`${key}-hex`}>{COLOR_LABELS[key]}</Label>
                  <input aria-label={`${COLOR_LABELS[key]} colour picker`} type="color" className="h-8 w-9 cursor-pointer rounded border border-border bg-surface p-0.5" disabled={disabled || value === null} value={HEX.test(shown) ? shown : '#000000'} onChange={(e) => setField(key, e.target.value)} />
                  <Input id={`${key}-hex`} className="h-8 font-mono text-xs" disabled={disabled || value === null} value={shown} aria-invalid={typeof value === 'string' && !HEX.test(value) ? true : undefined} onChange={(e) => setField(key, e.target.value.trim())} />
                  <InheritToggle id={`${key}-inherit`} label={inheritLabel} inherited={value === null} disabled={disabled} onChange={(v) => setField(key, v ? null : base[key])} />
                </div>
              );
            })}
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Type and shape</CardTitle></CardHeader>
          <CardContent className="grid gap-4">
            {([
              ['fontFamily', 'Font', Object.keys(FONT_CHOICES), (v: string) => FONT_LABELS[v as keyof typeof FONT_LABELS]],
              ['density', 'Density', DENSITIES, (v: string) => v[0]!.toUpperCase() + v.slice(1)],
              ['colorScheme', 'Colour scheme', COLOR_SCHEMES, (v: string) => ({ light: 'Light', dark: 'Dark', auto: "Follow the viewer's setting" })[v] ?? v],
            ] as const).map(([key, label, options, text]) => (
              <div key={key} className="grid gap-1.5">
                <div className="flex items-center justify-between"><Label htmlFor={key}>{label}</Label><InheritToggle id={`${key}-inherit`} label={inheritLabel} inherited={values[key] === null} disabled={disabled} onChange={(v) => setField(key, v ? null : base[key])} /></div>
                <NativeSelect id={key} disabled={disabled || values[key] === null} value={String(values[key] ?? base[key])} onChange={(e) => setField(key, e.target.value)}>
                  {options.map((o) => <option key={o} value={o}>{text(o)}</option>)}
                </NativeSelect>
              </div>
            ))}
            <div className="grid gap-1.5">
              <div className="flex items-center justify-between"><Label htmlFor="radius">Corner radius: {resolved.radius}px</Label><InheritToggle id="radius-inherit" label={inheritLabel} inherited={values.radius === null} disabled={disabled} onChange={(v) => setField('radius', v ? null : base.radius)} /></div>
              <input id="radius" type="range" min={0} max={24} className="accent-primary" disabled={disabled || values.radius === null} value={Number(values.radius ?? base.radius)} onChange={(e) => setField('radius', Number(e.target.value))} />
            </div>
          </CardContent>
        </Card>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        {canWrite ? <Button type="submit" disabled={pending}>Save theme</Button> : <p className="text-sm text-muted-foreground">Your role can view the theme but not change it.</p>}
      </form>

      <div className="grid content-start gap-4">
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Accessibility</CardTitle></CardHeader>
          <CardContent>
            {warnings.length === 0 ? (
              <p className="flex items-center gap-2 text-sm text-emerald-800"><CheckCircle2 aria-hidden className="size-4" /> Every colour pair meets WCAG AA contrast.</p>
            ) : (
              <ul className="grid gap-1.5 text-sm" aria-label="Contrast warnings">
                {warnings.map((w) => (
                  <li key={w.pair} className="flex items-center gap-2 text-amber-900"><AlertTriangle aria-hidden className="size-4" /> {w.pair}: {w.ratio}:1, WCAG AA needs {w.needed}:1</li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="py-3"><CardTitle className="text-sm">Live preview</CardTitle></CardHeader>
          <CardContent>
            <div data-testid="theme-preview" className="grid gap-3 rounded-lg border border-border p-4" style={{ background: resolved.backgroundColor, color: resolved.textColor, fontFamily: FONT_CHOICES[resolved.fontFamily] }}>
              <div className="flex items-center gap-3" data-testid="preview-brand">
                {resolved.logoAssetId ? <img src={`/api/portal/${partnerSlug}/assets/${resolved.logoAssetId}`} alt="" className="h-7 max-w-28 object-contain" /> : null}
                <span className="text-lg font-semibold">{resolved.brandName}</span>
              </div>
              {preview ? (
                <WidgetEmbed partnerSlug={partnerSlug} tenantId={preview.tenantId} token={preview.token} theme={toWidgetTheme(resolved)} colorScheme={resolved.colorScheme} className="grid grid-cols-2 gap-3">
                  <stratum-kpi metric="revenue" range="last_30_days" />
                  <stratum-kpi metric="roas" range="last_30_days" />
                  <stratum-kpi metric="spend" range="last_30_days" />
                  <stratum-kpi metric="cpa" range="last_30_days" />
                </WidgetEmbed>
              ) : (
                <p className="text-sm">Add a client to preview the widgets with real data.</p>
              )}
            </div>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
