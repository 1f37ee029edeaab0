import type { Metadata } from 'next';
import Link from 'next/link';
import { MailCheck } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Check your email' };

export default function CheckEmailPage() {
  return (
    <Card>
      <CardContent className="grid gap-3 py-8 text-center">
        <MailCheck aria-hidden className="mx-auto size-8 text-primary" />
        <h1 className="text-xl font-semibold">Check your email</h1>
        <p className="text-sm text-muted-foreground">
          If this address has access to a partner portal, a sign-in link is on its way. The link works once, for 15 minutes.
        </p>
        <p className="text-sm">
          <Link className="text-primary underline-offset-4 hover:underline" href="/signin">Use another address</Link>
        </p>
      </CardContent>
    </Card>
  );
}
