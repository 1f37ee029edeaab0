'use client';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ArrowRight, Loader2 } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { signInAction } from './actions';

const FormSchema = z.object({ email: z.string().trim().email('Enter a valid email address.') });

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail: string }) {
  const [serverError, setServerError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<z.infer<typeof FormSchema>>({ resolver: zodResolver(FormSchema), defaultValues: { email: defaultEmail } });
  const error = form.formState.errors.email?.message;
  const onSubmit = form.handleSubmit(({ email }) => {
    setServerError(undefined);
    startTransition(async () => {
      const result = await signInAction({ email, callbackUrl });
      if (result?.error) setServerError(result.error);
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <Field id="email" label="Work email" error={error}>
        <Input type="email" autoComplete="email" autoFocus placeholder="you@agency.com" {...fieldAria('email', error)} {...form.register('email')} />
      </Field>
      {serverError ? <Alert tone="error">{serverError}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Continue
        {pending ? null : <ArrowRight aria-hidden />}
      </Button>
    </form>
  );
}
