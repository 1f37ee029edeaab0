import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sessionContext } from './context.js';
import { whenGlobalSession } from './global-config.js';
import type { EmbedSession, SessionChange, SessionChangeEvent } from './session.js';

let contextRootAttached = false;
/** Lets a `<stratum-embed>` that upgrades after its widgets still reach them. */
function attachContextRoot(): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Gives a widget its session: from the nearest `<stratum-embed>` (context), else the page-wide one from
 * `Stratum.configure()`, as soon as either exists. Calls `onChange` when the session or its settings change.
 */
export class SessionController implements ReactiveController {
  session: EmbedSession | undefined;
  private fromContext = false;
  private stopWaiting: (() => void) | undefined;
  private readonly handleChange = (event: Event): void => {
    this.host.requestUpdate();
    this.onChange((event as SessionChangeEvent).change);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (change: SessionChange) => void,
  ) {
    attachContextRoot();
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (session) => {
        this.fromContext = session !== undefined;
        this.use(session);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.session?.addEventListener('change', this.handleChange);
    if (this.fromContext) return;
    this.stopWaiting = whenGlobalSession((session) => {
      if (!this.fromContext) this.use(session);
    });
  }

  hostDisconnected(): void {
    this.stopWaiting?.();
    this.session?.removeEventListener('change', this.handleChange);
  }

  private use(session: EmbedSession | undefined): void {
    if (session === this.session) return;
    this.session?.removeEventListener('change', this.handleChange);
    this.session = session;
    session?.addEventListener('change', this.handleChange);
    this.host.requestUpdate();
    this.onChange('data');
  }
}
