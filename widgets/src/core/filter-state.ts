import { CHANNELS, DATE_RANGE_PRESETS, type Channel, type DateRangePreset } from '../contract.js';
import { isIsoDate, presetRange } from './dates.js';
import type { FilterState } from './events.js';

export function isPreset(value: unknown): value is DateRangePreset {
  return typeof value === 'string' && (DATE_RANGE_PRESETS as readonly string[]).includes(value);
}

export function onlyChannels(values: readonly string[]): Channel[] {
  return values.filter((value): value is Channel => (CHANNELS as readonly string[]).includes(value));
}

export function defaultFilterState(preset: DateRangePreset, today: string): FilterState {
  return { preset, range: presetRange(preset, today), compare: true, channels: [], campaignIds: [] };
}

/** Applies a partial state from a host (property, attributes or URL), validating every field. */
export function mergeFilterState(current: FilterState, next: Partial<FilterState>, today: string): FilterState {
  const merged: FilterState = { ...current };
  if (next.range && isIsoDate(next.range.from) && isIsoDate(next.range.to) && next.range.from <= next.range.to) {
    merged.range = { from: next.range.from, to: next.range.to };
    merged.preset = 'custom';
  }
  if (isPreset(next.preset)) {
    merged.preset = next.preset;
    merged.range = presetRange(next.preset, today);
  } else if (next.preset === 'custom') {
    merged.preset = 'custom';
  }
  if (typeof next.compare === 'boolean') merged.compare = next.compare;
  if (Array.isArray(next.channels)) merged.channels = onlyChannels(next.channels);
  if (Array.isArray(next.campaignIds)) merged.campaignIds = next.campaignIds.filter((id) => typeof id === 'string' && id.length > 0 && id.length <= 64);
  return merged;
}

export function sameFilterState(a: FilterState, b: FilterState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const URL_PREFIX = 'stratum-';

/** Writes the state into the page's URL (history.replaceState), so a reload or a shared link keeps the view. */
export function writeFilterStateToUrl(state: FilterState): void {
  const url = new URL(window.location.href);
  const set = (name: string, value: string | undefined) => (value ? url.searchParams.set(URL_PREFIX + name, value) : url.searchParams.delete(URL_PREFIX + name));
  set('range', state.preset === 'custom' ? undefined : state.preset);
  set('from', state.preset === 'custom' ? state.range.from : undefined);
  set('to', state.preset === 'custom' ? state.range.to : undefined);
  set('compare', state.compare ? undefined : 'false');
  set('channels', state.channels.join(','));
  set('campaigns', state.campaignIds.join(','));
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function readFilterStateFromUrl(): Partial<FilterState> {
  const params = new URL(window.location.href).searchParams;
  const get = (name: string) => params.get(URL_PREFIX + name);
  const state: Partial<FilterState> = {};
  const range = get('range');
  if (isPreset(range)) state.preset = range;
  const from = get('from');
  const to = get('to');
  if (isIsoDate(from) && isIsoDate(to)) state.range = { from, to };
  if (get('compare') === 'false') state.compare = false;
  const channels = get('channels');
  if (channels) state.channels = onlyChannels(channels.split(','));
  const campaigns = get('campaigns');
  if (campaigns) state.campaignIds = campaigns.split(',').filter(Boolean);
  return state;
}
