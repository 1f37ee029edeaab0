import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { currentUser } from '@/server/auth/current-user';
import { safeCallbackUrl } from '@/server/auth/start-sign-in';
import { loadDemoManifest } from '@/server/embed/demo-token';
import { signInBrand } from '@/server/reports/sign-in-brand';
import { BrandHeader, signInMetadata } from './brand-frame';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

const ERRORS: Record<string, string> = {
  sso_required: 'Your organisation requires single sign-on. Enter your work email to continue with your identity provider.',
  not_invited: 'This address has no access yet. Ask your agency for an invitation.',
  deactivated: 'This account has been deactivated by your directory. Contact your administrator.',
  domain_mismatch: 'Your identity provider signed you in with an address that does not belong to its organisation.',
  unverified_email: 'Your identity provider has not verified this email address.',
  Verification: 'That sign-in link has expired or was already used. Ask for a new one.',
  AccessDenied: 'Access denied.',
  Configuration: 'Single sign-on is misconfigured or unreachable. Try again, or contact your administrator.',
  sso_failed: 'Your identity provider\'s answer could not be verified, or that sign-in was already used. Start again; if it keeps failing, contact your administrator.',
  CredentialsSignin: 'That single sign-on could not be completed (it expired, was already used, or the account is deactivated). Start again.',
};

const SearchSchema = z.object({ error: z.string().max(60).optional(), callbackUrl: z.string().max(500).optional(), email: z.string().max(254).optional() });

type Search = Promise<Record<string, string | string[] | undefined>>;

/** On an agency's custom domain, or on the way to a client report, the page is the agency's: title, icon, colours. */
export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const search = SearchSchema.safeParse(await searchParams);
  return signInMetadata(await signInBrand(search.success ? search.data.callbackUrl : undefined), 'Sign in');
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const search = SearchSchema.safeParse(await searchParams);
  const { error, callbackUrl, email } = search.success ? search.data : {};
  if (!error && (await currentUser())) redirect(safeCallbackUrl(callbackUrl));
  const branded = await signInBrand(callbackUrl);
  const demoUsers = branded ? [] : (loadDemoManifest()?.users ?? []).filter((u) => u.partner === 'northwind').slice(0, 6);
  return (
    <div className="grid gap-5">
      <div className="grid gap-1 text-center">
        <BrandHeader found={branded} fallback={<p className="text-sm font-semibold uppercase tracking-wider text-primary">Stratum</p>} />
        <h1 className="text-2xl font-semibold">{branded ? `Sign in to ${branded.brand.brandName}` : 'Sign in to your partner portal'}</h1>
        <p className="text-sm text-muted-foreground">
          {branded ? 'Enter your work email to see your reports.' : 'Work email first: if your agency uses single sign-on, we take you there.'}
        </p>
      </div>
      {error ? <Alert tone="error">{ERRORS[error] ?? 'Sign-in failed. Please try again.'}</Alert> : null}
      <Card>
        <CardContent className="py-6">
          <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} defaultEmail={email ?? ''} />
        </CardContent>
      </Card>
      {demoUsers.length > 0 ? (
        <Card>
          <CardContent className="grid gap-2 py-4">
            <h2 className="text-sm font-semibold">Demo accounts</h2>
            <p className="text-xs text-muted-foreground">These sign in through the local Northwind identity provider (single sign-on, one click there).</p>
            <ul className="grid gap-1 text-sm">
              {demoUsers.map((u) => (
                <li key={u.email} className="flex justify-between gap-2">
                  <code>{u.email}</code>
                  <span className="text-muted-foreground">{u.role}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
