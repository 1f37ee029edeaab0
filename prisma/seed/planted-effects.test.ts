import { describe, expect, it } from 'vitest';
import type { PlantedEffect } from '../demo-manifest.ts';
import { utcDay } from './dates.ts';
import type { MetricRow } from './metrics.ts';
import { median, roas, totals, zConversionRate, generateInMemory } from './testing.ts';

// SEED_RANDOM / SEED_SCALE let you check the effects' robustness on other seeds and at bench scale.
const { data, metrics } = generateInMemory({ SEED_RANDOM: process.env.SEED_RANDOM || undefined, SEED_SCALE: process.env.SEED_SCALE || undefined });
const effect = <K extends PlantedEffect['kind']>(kind: K) => data.effects.find((e): e is Extract<PlantedEffect, { kind: K }> => e.kind === kind)!;
const byCampaign = new Map<string, MetricRow[]>();
for (const row of metrics) byCampaign.set(row.campaignId, [...(byCampaign.get(row.campaignId) ?? []), row]);
const between = (rows: MetricRow[], from: string, to: string) => rows.filter((r) => r.date >= utcDay(from) && r.date <= utcDay(to));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => iso(new Date(Date.UTC(2026, 10, 25) - n * 86_400_000));
const planted = new Set(data.effects.flatMap((e) => ('campaignId' in e && e.campaignId ? [e.campaignId] : [])));

describe('planted effects', () => {
  it('records all five kinds, inside the last 60 days', () => {
    expect(data.effects.map((e) => e.kind).sort()).toEqual(['bleeding_campaign', 'budget_capped_rising_roas', 'conversion_drop', 'losing_variant', 'signal_degradation']);
    for (const e of data.effects) {
      const start = 'from' in e && e.from ? e.from : 'date' in e ? e.date : '';
      expect(start >= daysAgo(60)).toBe(true);
    }
  });

  it('budget_capped_rising_roas: spend sits on the budget every day while ROAS climbs by more than half', () => {
    const e = effect('budget_capped_rising_roas');
    const plan = data.plans.find((p) => p.id === e.campaignId)!;
    const window = between(byCampaign.get(e.campaignId)!, e.from, e.to);
    expect(window.length).toBeGreaterThanOrEqual(45);
    expect(window.every((r) => r.spend === plan.dailyBudget)).toBe(true);
    const early = roas(totals(window.slice(0, 14)));
    const late = roas(totals(window.slice(-14)));
    expect(late / early).toBeGreaterThan(1.5);
  });

  it('no other campaign is both capped by its budget and rising in ROAS', () => {
    const e = effect('budget_capped_rising_roas');
    for (const plan of data.plans) {
      if (plan.id === e.campaignId) continue;
      const window = between(byCampaign.get(plan.id) ?? [], e.from, e.to);
      if (window.length < 45) continue;
      const capped = window.filter((r) => r.spend >= plan.dailyBudget * 0.99).length / window.length;
      const change = roas(totals(window.slice(-14))) / roas(totals(window.slice(0, 14)));
      // Small campaigns have noisy ROAS; only a sizeable, sustained rise would be a (false) finding.
      const sizeable = totals(window).conversions >= 300;
      expect(capped > 0.8 && sizeable && change > 1.3, `${plan.name}: capped ${capped.toFixed(2)}, ROAS ×${change.toFixed(2)}`).toBe(false);
    }
  });

  it('losing_variant: the challenger converts clearly worse on large samples', () => {
    const e = effect('losing_variant');
    const rows = byCampaign.get(e.campaignId)!;
    const winner = totals(rows.filter((r) => r.variantId === e.winnerVariantId));
    const loser = totals(rows.filter((r) => r.variantId === e.variantId));
    expect(winner.clicks).toBeGreaterThan(20_000);
    expect(loser.clicks).toBeGreaterThan(20_000);
    expect(loser.conversions / loser.clicks).toBeLessThan(0.8 * (winner.conversions / winner.clicks));
    expect(zConversionRate(winner, loser)).toBeLessThan(-6);
  });

  it('other A/B tests show no significant difference', () => {
    const testPlans = data.plans.filter((p) => p.abTest && !planted.has(p.id));
    expect(testPlans.length).toBeGreaterThan(5);
    for (const plan of testPlans) {
      const rows = byCampaign.get(plan.id)!;
      const [a, b] = plan.abTest!.variants.map((v) => totals(rows.filter((r) => r.variantId === v.id)));
      if (!a || !b || a.clicks === 0 || b.clicks === 0) continue;
      expect(Math.abs(zConversionRate(a, b)), plan.name).toBeLessThan(1);
    }
  });

  it('conversion_drop: the channel’s conversions fall far below every day of the month before', () => {
    const e = effect('conversion_drop');
    const daily = new Map<string, number>();
    for (const row of metrics) if (row.tenantId === e.tenantId && row.channel === e.channel) daily.set(iso(row.date), (daily.get(iso(row.date)) ?? 0) + row.conversions);
    const before = [...daily.entries()].filter(([d]) => d < e.date && d >= iso(new Date(utcDay(e.date).getTime() - 28 * 86_400_000))).map(([, v]) => v);
    const trailing = median(before);
    expect(daily.get(e.date)!).toBeLessThan(0.25 * trailing);
    expect((daily.get(e.date)! - trailing) / Math.sqrt(trailing)).toBeLessThan(-5);
    expect(daily.get(e.date)!).toBeLessThan(0.5 * Math.min(...before));
  });

  it('no other tenant × channel × day of the last 60 days drops like that', () => {
    const e = effect('conversion_drop');
    const series = new Map<string, Map<string, number>>();
    for (const row of metrics) {
      const key = `${row.tenantId}|${row.channel}`;
      const day = iso(row.date);
      const days = series.get(key) ?? new Map<string, number>();
      days.set(day, (days.get(day) ?? 0) + row.conversions);
      series.set(key, days);
    }
    for (const [key, days] of series) {
      const ordered = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
      for (let i = ordered.length - 60; i < ordered.length; i++) {
        const [day, value] = ordered[i]!;
        if (key === `${e.tenantId}|${e.channel}` && day === e.date) continue;
        // An anomaly a detector must not see: below half the trailing median and 4 Poisson deviations under it.
        const trailing = median(ordered.slice(i - 28, i).map(([, v]) => v));
        const anomalous = value < 0.5 * trailing && (value - trailing) / Math.sqrt(Math.max(1, trailing)) < -4;
        expect(anomalous, `${key} on ${day}: ${value} against a median of ${trailing}`).toBe(false);
      }
    }
  });

  it('signal_degradation: health slides from healthy to below the trust gate; every other series stays healthy', () => {
    const e = effect('signal_degradation');
    const rows = data.rows.signalHealth.filter((r) => r.tenantId === e.tenantId && r.channel === e.channel && r.date >= utcDay(e.from));
    const first = rows.slice(0, 5).reduce((s, r) => s + r.healthScore, 0) / 5;
    const last = rows.slice(-5).reduce((s, r) => s + r.healthScore, 0) / 5;
    expect(first).toBeGreaterThan(85);
    expect(last).toBeLessThan(65);
    const others = data.rows.signalHealth.filter((r) => !(r.tenantId === e.tenantId && r.channel === e.channel && r.date >= utcDay(e.from)));
    expect(Math.min(...others.map((r) => r.healthScore))).toBeGreaterThanOrEqual(80);
  });

  it('bleeding_campaign: weeks of full spend at a ROAS far below 1; no other campaign loses money', () => {
    const e = effect('bleeding_campaign');
    const window = between(byCampaign.get(e.campaignId)!, e.from, e.to);
    expect(window.length).toBeGreaterThanOrEqual(28);
    expect(roas(totals(window))).toBeLessThan(0.5);
    for (const [campaignId, rows] of byCampaign) {
      if (campaignId === e.campaignId) continue;
      const recent = totals(between(rows, daysAgo(27), daysAgo(0)));
      if (recent.spend < 1000) continue;
      expect(roas(recent), campaignId).toBeGreaterThan(1);
    }
  });
});
