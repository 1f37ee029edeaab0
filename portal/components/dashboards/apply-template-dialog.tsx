'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Send } from 'lucide-react';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';

export function ApplyTemplateDialog({ partnerSlug, template, tenants, action }: { partnerSlug: string; template: { id: string; title: string }; tenants: { id: string; name: string }[]; action: (input: { partnerSlug: string; templateId: string; target: 'all' | string[] }) => Promise<ActionResult<{ applied: number; created: number }>> }) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'all' | 'some'>('all');
  const [picked, setPicked] = useState<string[]>([]);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [pending, start] = useTransition();
  const router = useRouter();
  const names = Object.fromEntries(tenants.map((t) => [t.id, t.name]));
  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); setResult(undefined); }}>
      <DialogTrigger asChild><Button variant="outline" size="sm"><Send aria-hidden /> Apply to clients</Button></DialogTrigger>
      <DialogContent title={`Apply "${template.title}"`} description="Clients that already have this template's dashboard get the new version; the others get a new dashboard.">
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Which clients</legend>
          <label className="flex items-center gap-2 text-sm"><input type="radio" name="apply-mode" className="accent-primary" checked={mode === 'all'} onChange={() => setMode('all')} /> All clients ({tenants.length}), including how they are set up today</label>
          <label className="flex items-center gap-2 text-sm"><input type="radio" name="apply-mode" className="accent-primary" checked={mode === 'some'} onChange={() => setMode('some')} /> Some clients</label>
        </fieldset>
        {mode === 'some' ? <CheckboxGroup legend="Clients" options={tenants.map((t) => t.id)} labels={names} value={picked} onChange={setPicked} /> : null}
        {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={() => setOpen(false)}>Done</Button>
          <Button disabled={pending || (mode === 'some' && picked.length === 0)} onClick={() => start(async () => {
            const r = await action({ partnerSlug, templateId: template.id, target: mode === 'all' ? 'all' : picked });
            setResult(r.ok ? { tone: 'success', text: `Applied to ${r.data.applied} client${r.data.applied === 1 ? '' : 's'} (${r.data.created} new, ${r.data.applied - r.data.created} updated).` } : { tone: 'error', text: r.message });
            router.refresh();
          })}>Apply</Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
