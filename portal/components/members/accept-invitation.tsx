'use client';
import { useState, useTransition } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';

export function AcceptInvitation({ token, action }: { token: string; action: (input: { token: string }) => Promise<{ error: string }> }) {
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <div className="grid gap-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button disabled={pending} onClick={() => start(async () => setError((await action({ token })).error))}>Accept invitation</Button>
    </div>
  );
}
