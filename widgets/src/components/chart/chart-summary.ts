import { msg, str } from '@lit/localize';
import type { ChartData } from './series.js';
import { seriesFacts } from './series.js';

/** A sentence or two that says what the chart shows, for everyone (and as the canvas's accessible name). */
export function chartSummary(data: ChartData, format: (value: number) => string): string {
  const series = data.series[0];
  if (!series || !data.categories.length) return msg('No data for this period', { id: 'state.empty.title' });
  const facts = seriesFacts(data, series);
  if (!facts.first || !facts.last || !facts.max || !facts.min) return msg('No data for this period', { id: 'state.empty.title' });
  if (data.dimension === 'date') {
    return msg(
      str`${series.label} went from ${format(facts.first.value)} (${facts.first.label}) to ${format(facts.last.value)} (${facts.last.label}); highest ${format(facts.max.value)} on ${facts.max.label}, lowest ${format(facts.min.value)} on ${facts.min.label}.`,
      { id: 'chart.summary.trend' },
    );
  }
  const share = facts.total > 0 ? Math.round((facts.max.value / facts.total) * 100) : 0;
  return msg(
    str`${facts.max.label} has the highest ${series.label} (${format(facts.max.value)}, ${share}% of the total); ${facts.min.label} the lowest (${format(facts.min.value)}).`,
    { id: 'chart.summary.breakdown' },
  );
}
