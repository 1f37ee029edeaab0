'use client';
import { useActionState } from 'react';
import { DATE_RANGE_PRESETS } from '@stratum/contract';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { createScheduleAction, type FormState } from './actions';

/** The "new schedule" form: a dashboard of a client, when (cron + zone), to whom, in which format and range. */
export function ScheduleForm({ partnerSlug, dashboards, defaultTimezone }: { partnerSlug: string; dashboards: { value: string; label: string }[]; defaultTimezone: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createScheduleAction, null);
  const v = (key: string, fallback: string) => state?.values?.[key] ?? fallback;
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={action} className="grid gap-3 md:grid-cols-2" aria-label="New scheduled report">
      <input type="hidden" name="partnerSlug" value={partnerSlug} />
      <div className="grid gap-1">
        <Label htmlFor="s-name">Name</Label>
        <Input id="s-name" name="name" required defaultValue={v('name', 'Weekly performance')} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="s-dashboard">Dashboard</Label>
        <NativeSelect id="s-dashboard" name="dashboard" required defaultValue={v('dashboard', dashboards[0]?.value ?? '')}>
          {dashboards.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="s-cron">When (cron: minute hour day month weekday)</Label>
        <Input id="s-cron" name="cron" required defaultValue={v('cron', '0 8 * * 1')} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="s-tz">Time zone</Label>
        <Input id="s-tz" name="timezone" required defaultValue={v('timezone', defaultTimezone)} />
      </div>
      <div className="grid gap-1 md:col-span-2">
        <Label htmlFor="s-recipients">Recipients (comma-separated emails)</Label>
        <Input id="s-recipients" name="recipients" required placeholder="ceo@client.com, marketing@client.com" defaultValue={v('recipients', '')} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="s-format">Format</Label>
        <NativeSelect id="s-format" name="format" defaultValue={v('format', 'pdf')}>
          <option value="pdf">PDF</option>
          <option value="csv">CSV</option>
          <option value="pdf_csv">PDF and CSV</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="s-range">Date range</Label>
        <NativeSelect id="s-range" name="rangePreset" defaultValue={v('rangePreset', 'last_7_days')}>
          {DATE_RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {p.replace(/_/g, ' ')}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <Button type="submit" disabled={pending}>
          Save schedule
        </Button>
        {state ? (
          <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'text-sm text-muted-foreground' : 'text-sm text-destructive'}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
