'use client';
import { useState, useTransition } from 'react';
import { RefreshCw } from 'lucide-react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogTrigger } from '../ui/dialog';
import { TokenReveal } from './token-reveal';
import type { DirectoryActions } from './types';

/** Rotation asks first (the old token stops at once), then shows the new token once. */
export function RotateTokenDialog({ partnerSlug, directoryId, name, baseUrl, rotate }: { partnerSlug: string; directoryId: string; name: string; baseUrl: string; rotate: DirectoryActions['rotate'] }) {
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const close = () => { setOpen(false); setToken(undefined); setError(undefined); };
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? setOpen(true) : close())}>
      <DialogTrigger asChild><Button variant="outline" size="sm" aria-label={`Rotate token of ${name}`}><RefreshCw aria-hidden /> Rotate token</Button></DialogTrigger>
      <DialogContent title={token ? 'New token' : `Rotate the token of ${name}?`} description={token ? 'Paste it into your identity provider now.' : 'The current token stops working at once; provisioning pauses until the identity provider has the new one.'}>
        {token ? <TokenReveal baseUrl={baseUrl} token={token} onDone={close} /> : (
          <div className="grid gap-4">
            {error ? <Alert tone="error">{error}</Alert> : null}
            <div className="flex justify-end gap-2">
              <Button variant="outline" onClick={close}>Cancel</Button>
              <Button disabled={pending} onClick={() => start(async () => { const r = await rotate({ partnerSlug, directoryId }); if (r.ok) setToken(r.data.token); else setError(r.message); })}>Rotate token</Button>
            </div>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
