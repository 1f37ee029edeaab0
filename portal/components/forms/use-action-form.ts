'use client';
import { useState, useTransition } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; issues?: { path: string; message: string }[] };

/**
 * react-hook-form + zod on the client, the same checks again in the server action; server issues land on their
 * fields, anything else in `serverError`.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (values: z.output<S>) => Promise<ActionResult<T>>,
  options: { defaultValues: DefaultValues<z.input<S>>; onSuccess?: (data: T) => void },
) {
  const [serverError, setServerError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>, defaultValues: options.defaultValues });
  const onSubmit = form.handleSubmit((values) => {
    setServerError(undefined);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) {
        options.onSuccess?.(result.data);
        return;
      }
      let placed = false;
      for (const issue of result.issues ?? []) {
        const field = issue.path.split('.')[0] ?? '';
        if (field && field in (form.getValues() as object)) {
          form.setError(field as Path<z.input<S>>, { message: issue.message });
          placed = true;
        }
      }
      if (!placed || result.code !== 'VALIDATION_FAILED') setServerError(result.message);
    });
  });
  return { form, onSubmit, pending, serverError, setServerError };
}
