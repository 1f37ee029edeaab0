import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { ConfigField } from '@/server/marketplace/manifests';

/** The settings form generated from a manifest's field spec; inputs are named "config.<key>". */
export function ConfigFields({ fields, values = {}, keptSecrets = [] }: { fields: ConfigField[]; values?: Record<string, string | number | boolean>; keptSecrets?: string[] }) {
  if (fields.length === 0) return null;
  return (
    <fieldset className="grid gap-3 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-semibold">Settings</legend>
      {fields.map((field) => {
        const id = `config-${field.key}`;
        const name = `config.${field.key}`;
        const current = values[field.key] ?? ('default' in field ? field.default : undefined);
        const hint = field.help ?? (field.type === 'secret' ? (keptSecrets.includes(field.key) ? 'Stored encrypted; leave blank to keep it.' : 'Stored encrypted; never shown again.') : undefined);
        return (
          <div key={field.key} className="grid gap-1.5">
            {field.type === 'boolean' ? (
              <label className="flex items-center gap-2 text-sm font-medium">
                <input id={id} name={name} type="checkbox" defaultChecked={current === true} className="size-4" /> {field.label}
              </label>
            ) : (
              <>
                <Label htmlFor={id}>{field.label}{field.required ? ' *' : ''}</Label>
                {field.type === 'select' ? (
                  <NativeSelect id={id} name={name} defaultValue={current === undefined ? '' : String(current)} required={field.required} aria-describedby={hint ? `${id}-hint` : undefined}>
                    {field.required ? null : <option value="">—</option>}
                    {field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </NativeSelect>
                ) : (
                  <Input
                    id={id}
                    name={name}
                    type={field.type === 'secret' ? 'password' : field.type === 'number' ? 'number' : field.type === 'url' ? 'url' : 'text'}
                    step={field.type === 'number' ? (field.integer ? 1 : 'any') : undefined}
                    min={field.type === 'number' ? field.min : undefined}
                    max={field.type === 'number' ? field.max : undefined}
                    autoComplete={field.type === 'secret' ? 'new-password' : 'off'}
                    defaultValue={field.type === 'secret' || current === undefined ? '' : String(current)}
                    required={field.required && !(field.type === 'secret' && keptSecrets.includes(field.key))}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                  />
                )}
              </>
            )}
            {hint ? <p id={`${id}-hint`} className="text-xs text-muted-foreground">{hint}</p> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
