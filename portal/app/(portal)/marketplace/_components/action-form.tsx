'use client';
import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/server/marketplace/action-state';

/**
 * A form posting to a server action that answers an ActionState: the message above the fields, each issue
 * listed with the field path it names (e.g. "manifest.dashboards.0.layout.widgets.1.metric").
 */
export function ActionForm({ action, submitLabel, children, variant = 'default', className, testId }: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: ReactNode;
  variant?: 'default' | 'outline' | 'destructive' | 'secondary';
  className?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ActionState);
  return (
    <form action={formAction} className={className ?? 'grid gap-3'} data-testid={testId}>
      {state.status === 'error' ? (
        <Alert tone="error" title={state.message}>
          {state.issues.length ? (
            <ul className="list-disc pl-4" data-testid="form-issues">
              {state.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {state.status === 'ok' ? <Alert tone="success">{state.message}</Alert> : null}
      {children}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? 'Working…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
