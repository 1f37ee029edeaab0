'use client';
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { SecretReveal } from '../ui/secret-reveal';
import { Button } from '../ui/button';

/** The SCIM base URL (copyable, not secret) above the token shown once. */
export function TokenReveal({ baseUrl, token, onDone }: { baseUrl: string; token: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <p className="text-sm font-medium">SCIM base URL</p>
        <div className="flex items-center gap-2">
          <code data-testid="scim-base-url" className="min-w-0 flex-1 break-all rounded-md border border-border bg-secondary px-3 py-2 font-mono text-xs">{baseUrl}</code>
          <Button variant="outline" size="icon" aria-label="Copy SCIM base URL" onClick={() => { void navigator.clipboard?.writeText(baseUrl); setCopied(true); }}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          </Button>
        </div>
      </div>
      <SecretReveal label="Bearer token" secret={token} onDone={onDone} />
    </div>
  );
}
