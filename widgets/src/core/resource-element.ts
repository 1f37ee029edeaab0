import { initialState, Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { StratumElement } from './base-element.js';
import { StratumApiError } from './errors.js';
import type { EmbedSession, SessionChange } from './session.js';
import { errorTemplate, skeletonTemplate } from './states.js';

/**
 * A widget that loads one resource from the embed API: fetching with abort when its key changes, waiting for a
 * token, the loading / error / stale-while-reloading states, a retry that survives token renewal, and the
 * render-complete and error events.
 */
export abstract class StratumResourceElement<T> extends StratumElement {
  private startedAt = 0;
  protected skeletonLines = 3;

  protected readonly dataTask = new Task(this, {
    task: async ([session, , key], { signal }) => {
      if (!session || key === undefined) return initialState;
      this.startedAt = performance.now();
      return this.load(session, key, signal);
    },
    args: () => [this.session?.ready ? this.session : undefined, this.session?.dataRevision, this.resourceKey()] as const,
    onComplete: (result) => {
      // The task asks for its render after this callback: ask now, so updateComplete includes that render.
      this.requestUpdate();
      void this.updateComplete.then(() => this.dataRendered(result, this.startedAt));
    },
    onError: (error) => {
      if (!(error instanceof DOMException && error.name === 'AbortError')) this.emitError(error);
    },
  });

  /** A string that changes whenever the resource to load changes; undefined when there is nothing to load. */
  protected abstract resourceKey(): string | undefined;

  protected abstract load(session: EmbedSession, key: string, signal: AbortSignal): Promise<T>;

  /** Renders a result (fresh, or stale while the next one loads). */
  protected abstract renderResult(result: T): TemplateResult;

  /** Called once the result is in the DOM; charts override it to wait for their canvas. */
  protected dataRendered(result: T, startedAt: number): void | Promise<void> {
    const meta = (result as { meta?: { tookMs: number; cached: boolean } }).meta;
    this.emitRenderComplete(startedAt, meta ? { meta } : undefined);
  }

  protected override sessionChanged(change: SessionChange): void {
    if (change === 'token' && this.dataTask.status === TaskStatus.ERROR && StratumApiError.from(this.dataTask.error).kind === 'expired') {
      void this.dataTask.run();
    }
  }

  /** Skeleton, error, or the result (kept on screen, marked busy, while a new one loads). */
  protected renderData(): TemplateResult {
    const task = this.dataTask;
    if (task.status === TaskStatus.ERROR) {
      const error = StratumApiError.from(task.error);
      const canRetry = error.retryable || (error.kind === 'expired' && this.session?.hasTokenProvider === true);
      return errorTemplate(error, canRetry ? () => void task.run() : undefined);
    }
    const result = task.value;
    if (result === undefined) return skeletonTemplate(this.skeletonLines);
    return html`<div part="content" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>${this.renderResult(result)}</div>`;
  }
}
