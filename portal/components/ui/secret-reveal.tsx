'use client';
import { useState } from 'react';
import { Check, Copy } from 'lucide-react';
import { Alert } from './alert';
import { Button } from './button';

/** A secret shown exactly once, with a copy button and a plain warning. */
export function SecretReveal({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="grid gap-3">
      <Alert tone="warning" title="Copy it now">This is the only time the {label.toLowerCase()} is shown. Store it in your backend's secret manager.</Alert>
      <div className="flex items-center gap-2">
        <code data-testid="revealed-secret" aria-label={label} className="min-w-0 flex-1 break-all rounded-md border border-border bg-secondary px-3 py-2 font-mono text-xs">{secret}</code>
        <Button variant="outline" size="icon" aria-label={`Copy ${label.toLowerCase()}`} onClick={() => { void navigator.clipboard?.writeText(secret); setCopied(true); }}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
        </Button>
      </div>
      <div className="flex justify-end"><Button onClick={onDone}>I have stored it</Button></div>
    </div>
  );
}
