'use client';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { Download, Filter } from 'lucide-react';
import { Button, buttonVariants } from '../ui/button';
import { Input, NativeSelect } from '../ui/input';
import { Label } from '../ui/label';

export interface AuditFilterValues { action: string; actor: string; tenant: string; from: string; to: string }

/** The audit filters live in the URL, so a filtered view can be shared and exported as is. */
export function AuditFilters({ partnerSlug, values, actions, tenants }: { partnerSlug: string; values: AuditFilterValues; actions: string[]; tenants: { id: string; name: string }[] }) {
  const router = useRouter();
  const form = useForm<AuditFilterValues>({ defaultValues: values });
  const query = (v: AuditFilterValues) => new URLSearchParams(Object.entries(v).filter(([, x]) => x)).toString();
  const onSubmit = form.handleSubmit((v) => router.push(`/p/${partnerSlug}/audit?${query(v)}`));
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
      <div className="grid gap-1"><Label htmlFor="f-action">Action</Label><NativeSelect id="f-action" className="w-52" {...form.register('action')}><option value="">All actions</option>{actions.map((a) => <option key={a} value={a}>{a}</option>)}</NativeSelect></div>
      <div className="grid gap-1"><Label htmlFor="f-actor">Actor</Label><Input id="f-actor" className="w-52" placeholder="Email contains…" {...form.register('actor')} /></div>
      <div className="grid gap-1"><Label htmlFor="f-tenant">Client</Label><NativeSelect id="f-tenant" className="w-44" {...form.register('tenant')}><option value="">All</option>{tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</NativeSelect></div>
      <div className="grid gap-1"><Label htmlFor="f-from">From</Label><Input id="f-from" type="date" className="w-40" {...form.register('from')} /></div>
      <div className="grid gap-1"><Label htmlFor="f-to">To</Label><Input id="f-to" type="date" className="w-40" {...form.register('to')} /></div>
      <Button type="submit" variant="secondary"><Filter aria-hidden /> Apply</Button>
      <a className={buttonVariants({ variant: 'outline' })} href={`/api/portal/${partnerSlug}/audit/export?${query(values)}`} download><Download aria-hidden /> Export CSV</a>
    </form>
  );
}
