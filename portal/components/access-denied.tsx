import { Lock } from 'lucide-react';
import { EmptyState } from './ui/empty-state';

/** What a signed-in member sees on a page their role does not include. */
export function AccessDenied({ what }: { what: string }) {
  return (
    <div className="py-10">
      <h1 className="sr-only">Access denied</h1>
      <EmptyState icon={Lock} title="Your role does not include this page">
        Ask an owner or admin of your agency if you need access to {what}.
      </EmptyState>
    </div>
  );
}
