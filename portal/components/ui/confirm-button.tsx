'use client';
import { useState, useTransition, type ReactNode } from 'react';
import { AlertDialog } from 'radix-ui';
import { Button, type ButtonProps } from './button';

/** A button that asks before it acts (Radix AlertDialog); the action's error message is shown in the dialog. */
export function ConfirmButton({ label, title, description, confirmLabel, onConfirm, variant = 'outline', size = 'sm', children }: {
  label: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<string | undefined>;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <AlertDialog.Root open={open} onOpenChange={(o) => { setOpen(o); setError(undefined); }}>
      <AlertDialog.Trigger asChild>
        <Button variant={variant} size={size} aria-label={label}>{children ?? label}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-[min(440px,94vw)] -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg border border-border bg-surface p-6 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">{description}</AlertDialog.Description>
          {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild><Button variant="outline">Cancel</Button></AlertDialog.Cancel>
            <Button
              variant="destructive"
              disabled={pending}
              onClick={() => start(async () => {
                const message = await onConfirm();
                if (message) setError(message);
                else setOpen(false);
              })}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
