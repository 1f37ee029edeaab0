import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { StratumApiError } from './errors.js';

/** Loading placeholder, announced politely once. */
export function skeletonTemplate(lines = 3): TemplateResult {
  return html`<div part="skeleton" role="status" aria-live="polite">
    <span class="visually-hidden">${msg('Loading…', { id: 'state.loading' })}</span>
    ${Array.from({ length: lines }, (_, index) => html`<span class="skeleton-line" data-line=${index % 3} aria-hidden="true"></span>`)}
  </div>`;
}

export function emptyTemplate(message?: string): TemplateResult {
  return html`<div part="empty" class="state" role="status">
    <p class="state-title">${msg('No data for this period', { id: 'state.empty.title' })}</p>
    ${message ? html`<p class="state-message">${message}</p>` : nothing}
  </div>`;
}

function errorCopy(error: StratumApiError): { title: string; message: string } {
  switch (error.kind) {
    case 'expired':
      return {
        title: msg('Session expired', { id: 'state.expired.title' }),
        message: msg('Your access to this report has expired or is not valid. Reload the page to sign in again.', { id: 'state.expired.message' }),
      };
    case 'denied':
      return {
        title: msg('Access denied', { id: 'state.denied.title' }),
        message: msg('You do not have access to this data.', { id: 'state.denied.message' }),
      };
    case 'not-found':
      return {
        title: msg('Not found', { id: 'state.notfound.title' }),
        message: msg('This report or widget does not exist.', { id: 'state.notfound.message' }),
      };
    case 'invalid':
      return {
        title: msg('This widget is misconfigured', { id: 'state.invalid.title' }),
        message: error.message,
      };
    case 'network':
      return {
        title: msg('Cannot reach the analytics service', { id: 'state.network.title' }),
        message: msg('Check your connection and try again.', { id: 'state.network.message' }),
      };
    case 'server':
      return {
        title: msg('Something went wrong', { id: 'state.server.title' }),
        message: msg('The data could not be loaded. Try again in a moment.', { id: 'state.server.message' }),
      };
  }
}

/** The error state: what happened in the viewer's words, and a retry when trying again can help. */
export function errorTemplate(error: StratumApiError, retry: (() => void) | undefined): TemplateResult {
  const { title, message } = errorCopy(error);
  return html`<div part="error" class="state" role="alert" data-kind=${error.kind} data-code=${error.code}>
    <p part="error-title" class="state-title">${title}</p>
    <p part="error-message" class="state-message">${message}</p>
    ${retry
      ? html`<button part="retry" class="button" type="button" @click=${retry}>${msg('Try again', { id: 'state.retry' })}</button>`
      : nothing}
  </div>`;
}
