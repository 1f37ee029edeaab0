import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** White-label pages: nothing of the portal's own title, description or icon reaches a client, not even on a 404. */
export const metadata: Metadata = {
  title: { absolute: 'Report', template: '%s' },
  description: null,
  robots: { index: false, follow: false },
  icons: { icon: 'data:,' },
};

export default function ReportLayout({ children }: { children: ReactNode }) {
  return children;
}
