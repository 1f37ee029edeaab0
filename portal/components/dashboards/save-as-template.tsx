'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Copy } from 'lucide-react';
import type { ActionResult } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { Input } from '../ui/input';
import { Label } from '../ui/label';

export function SaveAsTemplate({ partnerSlug, dashboardId, title, action }: { partnerSlug: string; dashboardId: string; title: string; action: (input: { partnerSlug: string; dashboardId: string; title: string }) => Promise<ActionResult<{ id: string }>> }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`${title} (template)`);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button variant="outline"><Copy aria-hidden /> Save as template</Button></DialogTrigger>
      <DialogContent title="Save as template" description="The saved version of this dashboard becomes a template you can apply to other clients.">
        <div className="grid gap-1.5"><Label htmlFor="template-name">Template name</Label><Input id="template-name" value={name} onChange={(e) => setName(e.target.value)} /></div>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
          <Button disabled={pending || !name.trim()} onClick={() => start(async () => { const r = await action({ partnerSlug, dashboardId, title: name }); if (r.ok) router.push(`/p/${partnerSlug}/dashboards/${r.data.id}`); else setError(r.message); })}>Save template</Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
