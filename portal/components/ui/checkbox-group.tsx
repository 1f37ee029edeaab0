'use client';
import { Checkbox } from 'radix-ui';
import { Check } from 'lucide-react';

/** A labelled group of Radix checkboxes for picking several values (scopes, clients). */
export function CheckboxGroup<T extends string>({ legend, options, value, onChange, error, labels }: { legend: string; options: readonly T[]; value: T[]; onChange: (v: T[]) => void; error?: string; labels?: Partial<Record<T, string>> }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1.5">
        {options.map((o) => {
          const id = `${legend}-${o}`.replace(/[^\w-]/g, '-');
          return (
            <div key={o} className="flex items-center gap-2">
              <Checkbox.Root id={id} checked={value.includes(o)} onCheckedChange={(c) => onChange(c ? [...value, o] : value.filter((v) => v !== o))} className="grid size-4 place-items-center rounded border border-input bg-surface data-[state=checked]:border-primary data-[state=checked]:bg-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                <Checkbox.Indicator><Check aria-hidden className="size-3 text-primary-foreground" /></Checkbox.Indicator>
              </Checkbox.Root>
              <label htmlFor={id} className="font-mono text-xs">{labels?.[o] ?? o}</label>
            </div>
          );
        })}
      </div>
      {error ? <p role="alert" className="text-xs text-destructive">{error}</p> : null}
    </fieldset>
  );
}
