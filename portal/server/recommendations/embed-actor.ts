import 'server-only';
import type { EmbedContext } from '@/server/embed/context';
import type { DecisionActor } from './decide-recommendation.ts';

/** The audit actor of an embed request: the token's viewer, labelled with the embed app. */
export function embedActor(embed: Pick<EmbedContext, 'viewerId' | 'app'>): DecisionActor {
  return { type: 'embed', id: embed.viewerId, label: `${embed.viewerId} (embed: ${embed.app.name})` };
}
