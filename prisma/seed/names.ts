import type { Channel } from '../../widgets/src/contract.ts';
import type { Random } from './random.ts';

const FIRST_NAMES = ['Ava', 'Noah', 'Mia', 'Liam', 'Zoe', 'Omar', 'Lena', 'Hugo', 'Amara', 'Jonas', 'Chloé', 'Ravi', 'Sofia', 'Yusuf', 'Ingrid', 'Mateo', 'Priya', 'Felix', 'Leila', 'Theo'];
const LAST_NAMES = ['Carter', 'Nguyen', 'Okafor', 'Schmidt', 'Dubois', 'Haddad', 'Larsen', 'Moreau', 'Patel', 'Rossi', 'Kowalski', 'Fischer', 'Alvarez', 'Brennan', 'Sato', 'Mensah'];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

const CAMPAIGN_THEMES: Record<Channel, string[]> = {
  meta: ['Prospecting', 'Retargeting', 'Lookalike 1%', 'Lookalike 5%', 'Advantage+ Shopping', 'Catalog Sales', 'Story Ads', 'Reels Launch', 'Broad Audience', 'Interest Stack'],
  google: ['Brand Search', 'Generic Search', 'Performance Max', 'Shopping', 'Competitor Terms', 'Display Remarketing', 'YouTube Action', 'Demand Gen', 'DSA', 'Local'],
  tiktok: ['Spark Ads', 'TopView', 'Creator Collab', 'In-Feed', 'Smart+', 'Hashtag Push', 'Video Shopping', 'UGC Test'],
  linkedin: ['Sponsored Content', 'Lead Gen Forms', 'Message Ads', 'ABM Tier 1', 'Thought Leadership', 'Document Ads', 'Event Promo'],
  email: ['Weekly Newsletter', 'Welcome Series', 'Cart Recovery', 'Win-back', 'Post-purchase', 'Product Launch', 'VIP Offers', 'Browse Abandonment'],
};
const QUALIFIERS = ['Q1', 'Q2', 'Q3', 'Q4', 'Evergreen', 'Always-on', 'Spring', 'Autumn', 'Holiday', 'New Markets', 'Core', 'Test', 'Scale', 'EU', 'US', 'UK'];

/** Campaign names unique within a tenant: "<theme> · <qualifier>", numbered on collision. */
export class CampaignNamer {
  private readonly used = new Set<string>();

  next(random: Random, channel: Channel): string {
    const base = `${random.pick(CAMPAIGN_THEMES[channel])} · ${random.pick(QUALIFIERS)}`;
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base} ${n}`;
    this.used.add(name);
    return name;
  }

  reserve(name: string): string {
    this.used.add(name);
    return name;
  }
}
