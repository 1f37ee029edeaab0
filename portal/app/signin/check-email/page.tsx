import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { MailCheck } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';
import { safeCallbackUrl } from '@/server/auth/start-sign-in';
import { signInBrand } from '@/server/reports/sign-in-brand';
import { BrandHeader, signInMetadata } from '../brand-frame';

export const dynamic = 'force-dynamic';

type Search = Promise<Record<string, string | string[] | undefined>>;
const SearchSchema = z.object({ callbackUrl: z.string().max(500).optional() });
const callbackOf = async (searchParams: Search) => {
  const parsed = SearchSchema.safeParse(await searchParams);
  return parsed.success ? parsed.data.callbackUrl : undefined;
};

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return signInMetadata(await signInBrand(await callbackOf(searchParams)), 'Check your email');
}

export default async function CheckEmailPage({ searchParams }: { searchParams: Search }) {
  const callbackUrl = await callbackOf(searchParams);
  const branded = await signInBrand(callbackUrl);
  const again = callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}` : '/signin';
  return (
    <div className="grid gap-5">
      <BrandHeader found={branded} fallback={null} />
      <Card>
        <CardContent className="grid gap-3 py-8 text-center">
          <MailCheck aria-hidden className="mx-auto size-8 text-primary" />
          <h1 className="text-xl font-semibold">Check your email</h1>
          <p className="text-sm text-muted-foreground">
            {branded
              ? 'If this address has access to your reports, a sign-in link is on its way. The link works once, for 15 minutes.'
              : 'If this address has access to a partner portal, a sign-in link is on its way. The link works once, for 15 minutes.'}
          </p>
          <p className="text-sm">
            <Link className="text-primary underline-offset-4 hover:underline" href={again}>
              Use another address
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
