import { StratumEmbed } from '../components/embed/embed.js';
import { defineElement } from '../core/define.js';

defineElement('stratum-embed', StratumEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'stratum-embed': StratumEmbed;
  }
}
