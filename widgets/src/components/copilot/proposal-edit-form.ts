import { html, type TemplateResult } from 'lit';
import { CHANNELS, type CampaignDraftEdit, type CampaignProposal, type Channel } from '../../contract.js';
import { channelLabel } from '../../core/labels.js';
import { aiText, type AiStringKey } from '../recommendations/ai-strings.js';

/** What the Edit form hands back: the changed fields only, and the same change in words for the thread. */
export interface ProposalEdit {
  edit: CampaignDraftEdit;
  summary: string;
}

/** The form's values against the proposal: only what changed (null when nothing did). */
export function readEdit(form: HTMLFormElement, p: CampaignProposal, language: string): ProposalEdit | null {
  const t = (k: AiStringKey) => aiText(k, language);
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const edit: CampaignDraftEdit = { campaignIds: p.campaigns.map((c) => c.id) };
  const said: string[] = [];
  const name = text('name');
  if (name && name !== p.name) {
    edit.name = name;
    said.push(`${t('campaignName')} “${name}”`);
  }
  const budget = Number(text('dailyBudget'));
  if (text('dailyBudget') && budget > 0 && budget !== p.dailyBudget) {
    edit.dailyBudget = budget;
    said.push(`${t('budget')} ${budget}`);
  }
  if (form.querySelector('[name="discountPercent"]')) {
    const raw = text('discountPercent');
    const current = p.offer?.kind === 'percent' ? p.offer.value : null;
    const next = raw ? Number(raw) : null;
    if (next !== current && (next === null || next > 0)) {
      edit.discountPercent = next;
      said.push(next === null ? `${t('offer')} —` : `${t('offer')} ${next}%`);
    }
  }
  const channels = CHANNELS.filter((c) => data.getAll('channels').includes(c));
  if (channels.length && channels.join() !== [...p.channels].sort((a, b) => CHANNELS.indexOf(a) - CHANNELS.indexOf(b)).join()) {
    edit.channels = channels;
    said.push(`${t('channels')} ${channels.map(channelLabel).join(', ')}`);
  }
  const start = text('startDate');
  if (start && start !== p.schedule.start) {
    edit.startDate = start;
    said.push(`${t('start')} ${start}`);
  }
  const end = text('endDate') || null;
  if (end !== p.schedule.end) {
    edit.endDate = end;
    said.push(`${t('end')} ${end ?? '—'}`);
  }
  return said.length ? { edit, summary: `${t('edit')}: ${said.join(', ')}` } : null;
}

/**
 * The inline Edit form of a proposal card: name, daily budget, percent discount (when the offer is one, or none),
 * channels, start and end. Submitting sends the change as a `data-campaign-edit` part; the server revises the draft.
 */
export function proposalEditForm(p: CampaignProposal, language: string, onSave: (edit: ProposalEdit) => void, onCancel: () => void): TemplateResult {
  const t = (k: AiStringKey) => aiText(k, language);
  const id = (field: string) => `edit-${p.campaigns[0]?.id ?? 'new'}-${field}`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const change = readEdit(e.target as HTMLFormElement, p, language);
    if (change) onSave(change);
    else onCancel();
  };
  const percentOffer = !p.offer || p.offer.kind === 'percent';
  return html`<form part="proposal-edit" class="edit-form" aria-label=${t('edit')} @submit=${submit}>
    <label for=${id('name')}>${t('campaignName')}</label>
    <input id=${id('name')} name="name" type="text" maxlength="120" required .value=${p.name} />
    <label for=${id('budget')}>${t('budget')} (${p.currency})</label>
    <input id=${id('budget')} name="dailyBudget" type="number" min="1" step="any" required .value=${String(p.dailyBudget)} />
    ${percentOffer
      ? html`<label for=${id('discount')}>${t('discountPercent')}</label>
          <input id=${id('discount')} name="discountPercent" type="number" min="1" max="90" step="any" .value=${p.offer?.kind === 'percent' ? String(p.offer.value) : ''} />`
      : null}
    <fieldset>
      <legend>${t('channels')}</legend>
      ${CHANNELS.map(
        (c: Channel) => html`<label class="check"><input type="checkbox" name="channels" value=${c} .checked=${p.channels.includes(c)} />${channelLabel(c)}</label>`,
      )}
    </fieldset>
    <label for=${id('start')}>${t('start')}</label>
    <input id=${id('start')} name="startDate" type="date" required .value=${p.schedule.start} />
    <label for=${id('end')}>${t('end')}</label>
    <input id=${id('end')} name="endDate" type="date" .value=${p.schedule.end ?? ''} />
    <div class="tool-actions">
      <button part="save-edit-button" class="button button--primary" type="submit">${t('saveChanges')}</button>
      <button class="button" type="button" @click=${onCancel}>${t('cancel')}</button>
    </div>
  </form>`;
}
