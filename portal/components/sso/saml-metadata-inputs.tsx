'use client';
import type { UseFormRegister } from 'react-hook-form';
import { Field, fieldAria } from '../ui/field';
import { Input, Textarea } from '../ui/input';

type MetadataForm = { metadataSource: 'xml' | 'url'; metadataXml?: string; metadataUrl?: string };

/** IdP metadata for a SAML connection: pasted XML, or a URL the portal fetches (and re-fetches when tested). */
export function SamlMetadataInputs({ idPrefix, source, register, err }: { idPrefix: string; source: 'xml' | 'url'; register: UseFormRegister<MetadataForm>; err: (key: string) => string | undefined }) {
  return (
    <>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">IdP metadata</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2"><input type="radio" value="xml" {...register('metadataSource')} /> Paste XML</label>
          <label className="flex items-center gap-2"><input type="radio" value="url" {...register('metadataSource')} /> Metadata URL</label>
        </div>
      </fieldset>
      {source === 'url' ? (
        <Field id={`${idPrefix}-metadata-url`} label="IdP metadata URL" hint="We fetch it now and again on every test, so certificate rotations reach the portal." error={err('metadataUrl')}>
          <Input inputMode="url" placeholder="https://idp.agency.com/saml/metadata" {...fieldAria(`${idPrefix}-metadata-url`, err('metadataUrl'), 'h')} {...register('metadataUrl')} />
        </Field>
      ) : (
        <Field id={`${idPrefix}-metadata`} label="IdP metadata XML" hint="We read the IdP's sign-in URL and signing certificate (and its expiry) from it." error={err('metadataXml')}>
          <Textarea rows={6} className="font-mono text-xs" {...fieldAria(`${idPrefix}-metadata`, err('metadataXml'), 'h')} {...register('metadataXml')} />
        </Field>
      )}
    </>
  );
}
