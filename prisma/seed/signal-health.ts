import { CHANNELS, type Channel } from '../../widgets/src/contract.ts';
import type { SeedContext } from './context.ts';
import { computeHealthScore } from './health-score.ts';
import type { SeededTenant } from './tenancy.ts';

export interface SignalHealthRow {
  id: string;
  tenantId: string;
  channel: Channel;
  date: Date;
  emqScore: number;
  eventCoverage: number;
  freshnessMinutes: number;
  healthScore: number;
}

/** Planted: the channel's tracking degrades linearly from fromDay to toDay (health ends well below 70). */
export interface SignalDegradation {
  tenantId: string;
  channel: Channel;
  fromDay: number;
  toDay: number;
}

const DEGRADED = { emq: 4.6, coverage: 0.66, freshness: 320 };
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * One row per tenant × channel × day. Healthy channels hover around their own baseline (scores ≈ 85–97, never
 * near the trust gate); a planted degradation drifts all three inputs toward bad values.
 */
export function buildSignalHealth(ctx: SeedContext, tenants: SeededTenant[], degradations: SignalDegradation[]): SignalHealthRow[] {
  const rows: SignalHealthRow[] = [];
  for (const tenant of tenants) {
    for (const channel of CHANNELS) {
      const random = ctx.random.fork(`signal/${tenant.slug}/${channel}`);
      const baseEmq = random.float(7.6, 9.2);
      const baseCoverage = random.float(0.9, 0.98);
      const baseFreshness = random.float(8, 40);
      const degradation = degradations.find((d) => d.tenantId === tenant.id && d.channel === channel);
      for (let day = 0; day < ctx.calendar.days; day++) {
        let emq = baseEmq + random.normal(0, 0.15);
        let coverage = baseCoverage + random.normal(0, 0.008);
        let freshness = baseFreshness * random.jitter(0.25);
        if (degradation && day >= degradation.fromDay) {
          const t = Math.min(1, (day - degradation.fromDay) / Math.max(1, degradation.toDay - degradation.fromDay));
          emq += (DEGRADED.emq - baseEmq) * t;
          coverage += (DEGRADED.coverage - baseCoverage) * t;
          freshness = Math.exp(Math.log(freshness) + (Math.log(DEGRADED.freshness) - Math.log(baseFreshness)) * t);
        }
        const inputs = {
          emqScore: round(Math.min(10, Math.max(0, emq)), 2),
          eventCoverage: round(Math.min(1, Math.max(0, coverage)), 4),
          freshnessMinutes: Math.max(1, Math.round(freshness)),
        };
        rows.push({ id: random.id(), tenantId: tenant.id, channel, date: ctx.calendar.date(day), ...inputs, healthScore: computeHealthScore(inputs) });
      }
    }
  }
  return rows;
}
