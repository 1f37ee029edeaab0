import type { SeedConfig } from './config.ts';
import { DAY_MS, SeedCalendar } from './dates.ts';
import { Random } from './random.ts';

/** What every generator receives: the configuration, the root random stream and the calendar. */
export interface SeedContext {
  config: SeedConfig;
  random: Random;
  calendar: SeedCalendar;
  /** A fixed timestamp `daysFromToday` days from today (negative = past), at 09:00 UTC. */
  at(daysFromToday: number): Date;
  /** Encrypts a recoverable secret for storage (encryptSecret in the real seed; identity in unit tests). */
  seal(plain: string): string;
}

export function createContext(config: SeedConfig, seal: (plain: string) => string): SeedContext {
  const calendar = new SeedCalendar(config.today, config.days);
  return {
    config,
    random: new Random(config.seed),
    calendar,
    seal,
    at: (daysFromToday) => new Date(config.today.getTime() + daysFromToday * DAY_MS + 9 * 3_600_000),
  };
}
