import { EmbedSession, type EmbedOptions } from './session.js';

let globalSession: EmbedSession | undefined;
const listeners = new Set<(session: EmbedSession) => void>();

/** The page-wide settings for widgets that are not inside a `<stratum-embed>`. */
export function configure(options: EmbedOptions): EmbedSession {
  const isNew = !globalSession;
  globalSession ??= new EmbedSession(document);
  globalSession.update(options);
  if (isNew) for (const listener of listeners) listener(globalSession);
  return globalSession;
}

export function getGlobalSession(): EmbedSession | undefined {
  return globalSession;
}

/** Calls back once the global session exists (now, if it does). Returns an unsubscribe function. */
export function whenGlobalSession(listener: (session: EmbedSession) => void): () => void {
  if (globalSession) {
    listener(globalSession);
    return () => undefined;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
