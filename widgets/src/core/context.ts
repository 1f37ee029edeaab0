import { createContext } from '@lit/context';
import type { EmbedSession } from './session.js';

/** The session `<stratum-embed>` provides to every widget inside it (through shadow roots too). */
export const sessionContext = createContext<EmbedSession | undefined>('stratum-embed-session');
