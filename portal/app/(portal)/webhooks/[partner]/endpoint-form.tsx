'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { createEndpointAction, type EndpointFormState } from './actions';

/** Adds an endpoint: URL, description, event types (none = all). The secret appears once, right here. */
export function EndpointForm({ partnerSlug, eventTypes }: { partnerSlug: string; eventTypes: readonly string[] }) {
  const [state, action, pending] = useActionState<EndpointFormState, FormData>(createEndpointAction, null);
  const kept = state && !state.ok ? state.values : undefined;
  return (
    <form key={JSON.stringify(kept ?? {})} action={action} className="grid gap-3" aria-label="New webhook endpoint">
      <input type="hidden" name="partnerSlug" value={partnerSlug} />
      <div className="grid gap-1">
        <Label htmlFor="w-url">Endpoint URL</Label>
        <Input id="w-url" name="url" type="url" required placeholder="https://hooks.example.com/analytics" defaultValue={kept?.url ?? ''} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="w-description">Description</Label>
        <Input id="w-description" name="description" maxLength={200} defaultValue={kept?.description ?? ''} />
      </div>
      <fieldset className="grid gap-1">
        <legend className="text-sm font-medium">Events (none checked: all events)</legend>
        <div className="flex flex-wrap gap-3">
          {eventTypes.map((type) => (
            <label key={type} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="eventTypes" value={type} /> <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          Add endpoint
        </Button>
        {state && !state.ok ? (
          <p role="alert" className="text-sm text-destructive">
            {state.message}
          </p>
        ) : null}
      </div>
      {state?.ok ? (
        <div role="status" className="rounded-md border border-border bg-secondary p-3 text-sm">
          <p>{state.message}</p>
          <code className="break-all" data-testid="webhook-secret">
            {state.secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
