import type { ReactNode } from 'react';
import { SettingsFrame } from '@/components/shell/settings-frame';

export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ partner: string }> }) {
  return <SettingsFrame partnerSlug={(await params).partner}>{children}</SettingsFrame>;
}
