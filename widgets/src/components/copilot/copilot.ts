import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CAMPAIGN_EDIT_PART, type CampaignProposal, type CopilotMessageDto, type CopilotPart, type CopilotThreadResult } from '../../contract.js';
import { StratumElement } from '../../core/base-element.js';
import type { SessionChange } from '../../core/session.js';
import { baseStyles } from '../../core/styles.js';
import { aiText, type AiStringKey } from '../recommendations/ai-strings.js';
import { StratumCopilotApproveEvent, StratumCopilotMessageEvent, StratumCopilotPreviewEvent, StratumCopilotSendEvent } from './copilot-events.js';
import { copilotStyles } from './copilot.styles.js';
import { applyChunk, readSse } from './message-stream.js';
import type { ProposalEdit } from './proposal-edit-form.js';
import { toolCard } from './tool-cards.js';

type ToolPart = Extract<CopilotPart, { toolCallId: string }>;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * @tagname stratum-copilot
 * @summary A chat with the analytics copilot: ask about the data, get explanations and recommendations, draft
 * campaigns. Answers stream in; tool results render as cards (a campaign proposal with Preview / Edit / Activate,
 * a metric answer as a small chart or table, an explanation with its evidence); actions wait for Approve / Deny.
 * The conversation is stored per viewer and restored on reload. All text is rendered as text, never as HTML.
 *
 * @csspart base - The panel.
 * @csspart title - The heading.
 * @csspart log - The message list (an ARIA log: new answers are announced).
 * @csspart message - One message.
 * @csspart proposal - A campaign proposal card.
 * @csspart activate-button - A proposal's Activate button.
 * @csspart metric-answer - A metric answer card.
 * @csspart explanation - An explanation card.
 * @csspart approval - The approval buttons of an action.
 * @csspart composer - The input row.
 * @csspart input - The text area.
 * @csspart send-button - The send button.
 *
 * @cssproperty --stratum-copilot-background - Panel background.
 * @cssproperty --stratum-copilot-user-bubble - Background of the viewer's messages.
 * @cssproperty --stratum-copilot-on-user-bubble - Text colour on them.
 * @cssproperty --stratum-copilot-assistant-bubble - Background of the copilot's messages.
 * @cssproperty --stratum-copilot-height - Height of the panel (mode "panel").
 *
 * @event stratum-copilot-send - Before a message is sent; cancelable.
 * @event stratum-copilot-message - An answer finished streaming.
 * @event stratum-copilot-approve - Before an approval decision is sent; cancelable.
 * @event stratum-copilot-preview - Preview pressed on a proposal; cancelable.
 * @event stratum-render-complete - The conversation is restored and on screen.
 * @event stratum-error - A request failed.
 */
export class StratumCopilot extends StratumElement {
  static override styles = [baseStyles, copilotStyles];

  @property() heading?: string;
  /** "panel" (fixed height, scrolling) or "inline" (grows with the conversation). */
  @property({ reflect: true }) mode: 'panel' | 'inline' = 'panel';
  /** The conversation to open; by default the viewer's latest one is restored. */
  @property() thread?: string;
  @property() placeholder?: string;

  @state() private messages: CopilotMessageDto[] = [];
  @state() private busy = false;
  @state() private threadId = '';
  @state() private previewOpen = new Set<string>();
  @state() private editOpen = new Set<string>();
  @state() private restored = false;
  /** True once the conversation was restored (or a new one started): until then the composer is disabled. */
  @state() private ready = false;
  @query('textarea') private input?: HTMLTextAreaElement;
  @query('[part~="log"]') private log?: HTMLElement;

  private t(key: AiStringKey): string {
    return aiText(key, this.language);
  }

  protected override sessionChanged(_change: SessionChange): void {
    if (!this.restored) void this.restore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.restore());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('thread') && changed.get('thread') !== undefined) {
      this.restored = false;
      void this.restore();
    }
    if (this.log) this.log.scrollTop = this.log.scrollHeight;
  }

  /** Restores the thread (or the viewer's latest one) from the server. */
  private async restore(): Promise<void> {
    const session = this.session;
    if (!session?.ready || this.restored) return;
    this.restored = true;
    const startedAt = performance.now();
    try {
      const result = await session.json<CopilotThreadResult>(`/api/embed/v1/copilot${this.thread ? `?thread=${encodeURIComponent(this.thread)}` : ''}`);
      this.threadId = result.threadId ?? this.thread ?? randomId();
      this.messages = result.messages.filter((m) => m.role !== 'system');
      this.ready = true;
      await this.updateComplete;
      this.emitRenderComplete(startedAt);
    } catch (error) {
      this.emitError(error);
      this.threadId = this.thread ?? randomId();
    } finally {
      this.ready = true;
    }
  }

  /** Starts a new, empty conversation. */
  newConversation(): void {
    this.threadId = randomId();
    this.messages = [];
    this.previewOpen = new Set();
    this.editOpen = new Set();
  }

  /** Sends a message as if the viewer typed it (with extra parts, e.g. the proposal card's edit). */
  async send(text: string, extraParts: CopilotPart[] = []): Promise<void> {
    const session = this.session;
    const trimmed = text.trim();
    if (!session || !trimmed || this.busy || !this.ready) return;
    if (!this.threadId) this.threadId = this.thread ?? randomId();
    if (!this.dispatchEvent(new StratumCopilotSendEvent({ text: trimmed, threadId: this.threadId }))) return;
    const user: CopilotMessageDto = { id: randomId(), role: 'user', parts: [{ type: 'text', text: trimmed }, ...extraParts] };
    this.messages = [...this.messages, user];
    await this.stream([...this.messages], null);
  }

  private async decide(message: CopilotMessageDto, part: ToolPart, approved: boolean): Promise<void> {
    if (this.busy || !part.approval) return;
    const tool = part.type.slice('tool-'.length);
    if (!this.dispatchEvent(new StratumCopilotApproveEvent({ tool, input: part.input, approved }))) return;
    const responded: CopilotMessageDto = {
      ...message,
      parts: message.parts.map((p) => (p === part ? { ...part, state: 'approval-responded', approval: { id: part.approval!.id, approved } } : p)),
    };
    this.messages = this.messages.map((m) => (m === message ? responded : m));
    await this.stream([...this.messages], responded.id);
  }

  /** Posts the conversation (AI SDK transport body) and applies the streamed chunks to the answer. */
  private async stream(messages: CopilotMessageDto[], continuing: string | null): Promise<void> {
    const session = this.session!;
    this.busy = true;
    const ids = new Map<string, number>();
    let answer: CopilotMessageDto = continuing ? this.messages.find((m) => m.id === continuing)! : { id: `pending-${randomId()}`, role: 'assistant', parts: [] };
    if (!continuing) this.messages = [...this.messages, answer];
    const replace = (next: CopilotMessageDto) => {
      const previous = answer;
      answer = next;
      this.messages = this.messages.map((m) => (m === previous ? next : m));
    };
    try {
      const response = await session.fetch('/api/embed/v1/copilot', { method: 'POST', body: { id: this.threadId, messages, trigger: 'submit-message' }, accept: 'text/event-stream' });
      if (!response.body) throw new Error('The copilot answered without a body.');
      for await (const chunk of readSse(response.body)) replace(applyChunk(answer, chunk, ids));
      this.dispatchEvent(new StratumCopilotMessageEvent({ message: answer, threadId: this.threadId }));
    } catch (error) {
      const apiError = this.emitError(error);
      replace({ ...answer, parts: [...answer.parts, { type: 'text', text: apiError.message || this.t('failed'), state: 'done' }] });
    } finally {
      this.busy = false;
      await this.updateComplete;
      this.input?.focus();
    }
  }

  private onProposal(action: 'preview' | 'edit' | 'activate', proposal: CampaignProposal): void {
    if (action === 'preview') {
      if (!this.dispatchEvent(new StratumCopilotPreviewEvent({ proposal }))) return;
      const key = proposal.campaigns.map((c) => c.id).join(',');
      const next = new Set(this.previewOpen);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      this.previewOpen = next;
    } else if (action === 'edit') {
      // The inline form on the card: its changes revise the draft on the server (data-campaign-edit).
      const key = proposal.campaigns.map((c) => c.id).join(',');
      const next = new Set(this.editOpen);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      this.editOpen = next;
    } else void this.send('Activate it');
  }

  private onEdit(proposal: CampaignProposal, change: ProposalEdit): void {
    this.editOpen = new Set();
    void this.send(change.summary, [{ type: CAMPAIGN_EDIT_PART, data: change.edit }]);
  }

  private latestDraftKey(): string | null {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      for (const p of [...this.messages[i]!.parts].reverse()) {
        if ('toolCallId' in p && p.state === 'output-available' && (p.type === 'tool-createCampaignDraft' || p.type === 'tool-activateCampaign')) {
          const proposal = p.output as CampaignProposal;
          return proposal.status === 'draft' ? proposal.campaigns.map((c) => c.id).join(',') : null;
        }
      }
    }
    return null;
  }

  protected override render(): TemplateResult {
    const title = this.heading ?? this.t('copilot');
    const draftKey = this.latestDraftKey();
    return html`<section part="base" class="card" aria-label=${title}>
      <div class="head">
        <h3 part="title" class="title">${title}</h3>
        <button class="button" type="button" ?disabled=${this.busy} @click=${() => this.newConversation()}>${this.t('newChat')}</button>
      </div>
      <div part="log" role="log" aria-live="polite" aria-relevant="additions text" aria-busy=${this.busy ? 'true' : 'false'} tabindex="0">
        ${this.messages.map((m) => this.renderMessage(m, draftKey))}
      </div>
      <form part="composer" @submit=${this.onSubmit}>
        <label class="visually-hidden" for="copilot-input">${this.placeholder ?? this.t('placeholder')}</label>
        <textarea id="copilot-input" part="input" rows="2" maxlength="2000" ?disabled=${!this.ready} placeholder=${this.placeholder ?? this.t('placeholder')} @keydown=${this.onKeydown}></textarea>
        <button part="send-button" class="button button--primary" type="submit" ?disabled=${this.busy || !this.ready}>${this.busy ? this.t('working') : this.t('send')}</button>
      </form>
    </section>`;
  }

  private renderMessage(m: CopilotMessageDto, draftKey: string | null): TemplateResult {
    const who = m.role === 'user' ? this.t('you') : this.t('assistant');
    return html`<div part="message" data-role=${m.role} data-id=${m.id}>
      <span class="who">${who}</span>
      ${m.parts.map((p) => this.renderPart(m, p, draftKey))}
    </div>`;
  }

  private renderPart(m: CopilotMessageDto, p: CopilotPart, draftKey: string | null): TemplateResult | typeof nothing {
    if (p.type === 'text') return p.text ? html`<p class="bubble">${p.text}</p>` : nothing;
    if (!('toolCallId' in p)) return nothing;
    const proposal = p.state === 'output-available' && (p.type === 'tool-createCampaignDraft' || p.type === 'tool-activateCampaign') ? (p.output as CampaignProposal) : undefined;
    const key = proposal?.campaigns.map((c) => c.id).join(',') ?? '';
    const card = toolCard(p, {
      locale: this.locale,
      language: this.language,
      actionable: !!proposal && key === draftKey && !this.busy,
      previewOpen: this.previewOpen.has(key),
      editOpen: this.editOpen.has(key),
      onAction: (action, prop) => this.onProposal(action, prop),
      onEdit: (prop, change) => this.onEdit(prop, change),
    });
    if (p.state === 'approval-requested') {
      return html`${card}
        <div part="approval" role="group" aria-label=${this.t('approvalNeeded')}>
          <span>${this.t('approvalNeeded')}</span>
          <button class="button button--primary" type="button" ?disabled=${this.busy} @click=${() => this.decide(m, p, true)}>${this.t('approve')}</button>
          <button class="button" type="button" ?disabled=${this.busy} @click=${() => this.decide(m, p, false)}>${this.t('deny')}</button>
        </div>`;
    }
    return card;
  }

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    if (!this.ready || this.busy) return;
    const value = this.input?.value ?? '';
    if (this.input) this.input.value = '';
    void this.send(value);
  };

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      (e.target as HTMLTextAreaElement).form?.requestSubmit();
    }
  };
}
