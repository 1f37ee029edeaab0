import type { ReactNode } from 'react';
import '@/components/portal.css';

export default function PortalGroupLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-background text-foreground">{children}</div>;
}
