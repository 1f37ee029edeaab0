import * as React from 'react';
import type { LucideIcon } from 'lucide-react';

/** What a list shows when it has nothing yet: what it is for and the one next step. */
export function EmptyState({ icon: Icon, title, children, action }: { icon: LucideIcon; title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-6 py-10 text-center">
      <span className="rounded-full bg-secondary p-2.5 text-muted-foreground"><Icon aria-hidden className="size-5" /></span>
      <p className="font-medium">{title}</p>
      {children ? <div className="max-w-md text-sm text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
