import type {
  DashboardDefinition,
  DashboardPrefetchParams,
  FilterValuesResult,
  MetricQuery,
  PrefetchedAnswer,
  PrefetchedDashboardDefinition,
  QueryBatchAnswer,
  QueryBatchItem,
  QueryBatchResult,
  QueryResult,
  SignalHealthResult,
} from '../contract.js';
import { StratumApiError } from './errors.js';
import { StratumTokenExpiringEvent } from './events.js';
import { applyLocale } from './i18n.js';
import { answerOrThrow, QueryBatcher } from './query-batch.js';
import { PrimedAnswers } from './primed-answers.js';
import { readToken } from './token.js';

/** Returns a fresh embed token; called ahead of expiry and after a 401. */
export type TokenProvider = () => Promise<string> | string;

export interface EmbedOptions {
  /** Origin (and optional path prefix) of the embed API; empty means the page's own origin. */
  apiBase?: string;
  token?: string;
  tokenProvider?: TokenProvider;
  /** BCP 47 locale; default: the token's, else the page's language. */
  locale?: string;
  /** ISO 4217 currency for money; default: the token's, else the tenant's. */
  currency?: string;
  /** "Today" for relative date ranges (YYYY-MM-DD); default: the viewer's today. */
  today?: string;
}

/** What changed in a session: `data` needs a refetch, `token` only lets failed requests try again. */
export type SessionChange = 'data' | 'token';

export class SessionChangeEvent extends Event {
  constructor(readonly change: SessionChange) {
    super('change');
  }
}

/** The API's origin (plus any proxy prefix), accepting bases given with or without the `/api/embed/v1` path. */
export function normalizeApiBase(apiBase: string): string {
  return apiBase.trim().replace(/\/+$/, '').replace(/\/api\/embed\/v1$/, '');
}

/** Seconds before expiry at which the token is refreshed (or the host warned). */
const REFRESH_LEAD_SECONDS = 60;

/**
 * One embed's connection to the embed API: where it is, the token (and how to renew it), the viewer's locale
 * and currency. `<stratum-embed>` owns one and provides it through context; `Stratum.configure()` owns the
 * page-wide one.
 */
export class EmbedSession extends EventTarget {
  apiBase = '';
  /** Increases whenever a change needs the data fetched again (api base, locale, currency, today). */
  dataRevision = 0;
  private explicitLocale: string | undefined;
  /** The locale claim of the last token that had one (a renewed token without the claim keeps it). */
  private tokenLocale: string | undefined;
  currency: string | undefined;
  private explicitToday: string | undefined;
  private token: string | undefined;
  private tokenProvider: TokenProvider | undefined;
  private refreshing: Promise<string> | undefined;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  /** `announcer` receives stratum-token-expiring (the embed element, or the document). */
  constructor(private readonly announcer: EventTarget) {
    super();
  }

  get locale(): string {
    return this.explicitLocale ?? this.tokenLocale ?? (document.documentElement.lang || navigator.language || 'en');
  }

  get today(): string | undefined {
    return this.explicitToday;
  }

  /** Whether requests can be authorised yet (a token, or a provider to get one). */
  get ready(): boolean {
    return this.token !== undefined || this.tokenProvider !== undefined;
  }

  get hasTokenProvider(): boolean {
    return this.tokenProvider !== undefined;
  }

  update(options: EmbedOptions): void {
    let data = false;
    const localeBefore = this.locale;
    if (options.apiBase !== undefined && normalizeApiBase(options.apiBase) !== this.apiBase) {
      this.apiBase = normalizeApiBase(options.apiBase);
      data = true;
    }
    if ('locale' in options && options.locale !== this.explicitLocale) this.explicitLocale = options.locale || undefined;
    if ('currency' in options && options.currency !== this.currency) {
      this.currency = options.currency || undefined;
      data = true;
    }
    if ('today' in options && options.today !== this.explicitToday) {
      this.explicitToday = options.today || undefined;
      data = true;
    }
    if ('tokenProvider' in options) this.tokenProvider = options.tokenProvider;
    const tokenChanged = options.token !== undefined && options.token !== this.token;
    if (tokenChanged) this.setToken(options.token);
    if (this.locale !== localeBefore) data = true;
    void applyLocale(this.locale);
    if (data) {
      this.primed.clear();
      this.dataRevision += 1;
      this.dispatchEvent(new SessionChangeEvent('data'));
    }
    else if (tokenChanged) this.dispatchEvent(new SessionChangeEvent('token'));
  }

  private setToken(token: string | undefined): void {
    this.token = token || undefined;
    this.tokenLocale = readToken(this.token).locale ?? this.tokenLocale;
    this.scheduleExpiry();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    const { expiresAt } = readToken(this.token);
    if (expiresAt === null) return;
    const lifetime = expiresAt - Date.now();
    if (lifetime <= 0) return;
    const lead = Math.min(REFRESH_LEAD_SECONDS * 1000, lifetime * 0.2);
    this.expiryTimer = setTimeout(() => {
      this.announcer.dispatchEvent(
        new StratumTokenExpiringEvent({ expiresAt, secondsLeft: Math.round((expiresAt - Date.now()) / 1000), willRefresh: this.hasTokenProvider }),
      );
      if (this.tokenProvider) this.refreshToken().catch(() => undefined);
    }, lifetime - lead);
  }

  /** Asks the tokenProvider for a new token (one call at a time); the view keeps its state. */
  refreshToken(): Promise<string> {
    const provider = this.tokenProvider;
    if (!provider) return Promise.reject(new StratumApiError('TOKEN_EXPIRED', 'No tokenProvider to renew the token', 401));
    this.refreshing ??= Promise.resolve()
      .then(provider)
      .then((token) => {
        if (typeof token !== 'string' || !token) throw new StratumApiError('TOKEN_MISSING', 'The tokenProvider returned no token', 401);
        this.setToken(token);
        this.dispatchEvent(new SessionChangeEvent('token'));
        return token;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  private async currentToken(): Promise<string | undefined> {
    if (this.token) return this.token;
    if (this.tokenProvider) return this.refreshToken();
    return undefined;
  }

  /** A request to the embed API with the bearer token; one renewal and retry on a 401 when a provider is set. */
  async fetch(path: string, init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal; accept?: string } = {}): Promise<Response> {
    const send = async (token: string | undefined): Promise<Response> => {
      const headers: Record<string, string> = { Accept: init.accept ?? 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      try {
        return await fetch(`${this.apiBase}${path}`, {
          method: init.method ?? 'GET',
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: init.signal,
          credentials: 'omit',
        });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        throw StratumApiError.from(error);
      }
    };
    // With a token in hand the request goes out now, not a microtask later behind the renders already queued.
    const token = this.token ?? (await this.currentToken());
    let response = await send(token);
    if (response.status === 401 && this.tokenProvider) {
      const renewed = await this.refreshToken().catch(() => undefined);
      if (renewed && renewed !== token) response = await send(renewed);
    }
    if (!response.ok) throw await StratumApiError.fromResponse(response);
    return response;
  }

  async json<T>(path: string, init: Parameters<EmbedSession['fetch']>[1] = {}): Promise<T> {
    const response = await this.fetch(path, init);
    try {
      return (await response.json()) as T;
    } catch {
      throw new StratumApiError('BAD_RESPONSE', 'The embed API answered with something that is not JSON', response.status);
    }
  }

  /** Queries started together (a dashboard's widgets) go out as one POST /query/batch. */
  private readonly batcher = new QueryBatcher(
    (body, signal) => this.json<QueryBatchResult>('/api/embed/v1/query/batch', { method: 'POST', body, signal }),
    (item, signal) => this.readOne(item, signal),
  );

  private async readOne(item: QueryBatchItem, signal: AbortSignal | undefined): Promise<QueryBatchAnswer> {
    return { status: 200, result: await this.json<QueryResult>('/api/embed/v1/query', { method: 'POST', body: (item as { query: MetricQuery }).query, signal }) };
  }

  /** Answers that came with a dashboard definition, waiting for the widgets' reads (queries; 'signal-health'). */
  private readonly primed = new PrimedAnswers<PrefetchedAnswer<unknown>>();

  async query(query: MetricQuery, signal?: AbortSignal): Promise<QueryResult> {
    const body = this.currency && !query.currency ? { ...query, currency: this.currency } : query;
    const primed = this.primed.take(body);
    const answer = primed ? answerOrThrow(primed) : await this.batcher.request({ query: body }, signal);
    return (answer as { result: QueryResult }).result;
  }

  /**
   * A definition goes at once, alone: the widgets it lists cannot ask for anything before it arrives. It brings
   * their first reads along (for `view`, the view the dashboard opens), which they then find here.
   */
  async dashboard(id: string, signal: AbortSignal | undefined, view: Omit<DashboardPrefetchParams, 'currency'>): Promise<DashboardDefinition> {
    const params = new URLSearchParams({ prefetch: '1' });
    for (const [name, value] of Object.entries({ ...view, currency: this.currency })) {
      const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
      if (text) params.set(name, text);
    }
    const { prefetched, ...definition } = await this.json<DashboardDefinition & Partial<PrefetchedDashboardDefinition>>(
      `/api/embed/v1/dashboards/${encodeURIComponent(id)}?${params}`,
      { signal },
    );
    if (prefetched && !signal?.aborted) {
      for (const { query, answer } of prefetched.queries ?? []) this.primed.add(query, answer);
      if (prefetched.signalHealth) this.primed.add('signal-health', prefetched.signalHealth);
    }
    return definition;
  }

  filterValues(dimension: 'channel' | 'campaign', signal?: AbortSignal): Promise<FilterValuesResult> {
    return this.json<FilterValuesResult>(`/api/embed/v1/filters/${dimension}`, { signal });
  }

  signalHealth(signal?: AbortSignal): Promise<SignalHealthResult> {
    const primed = this.primed.take('signal-health');
    if (primed) return Promise.resolve(primed).then((answer) => (answerOrThrow(answer) as { result: SignalHealthResult }).result);
    return this.json<SignalHealthResult>('/api/embed/v1/signal-health', { signal });
  }

  /** The server's CSV of exactly what the token may see for this query. */
  async exportCsv(query: MetricQuery): Promise<Blob> {
    const body = this.currency && !query.currency ? { ...query, currency: this.currency } : query;
    const response = await this.fetch('/api/embed/v1/export', { method: 'POST', body, accept: 'text/csv' });
    return response.blob();
  }

  dispose(): void {
    clearTimeout(this.expiryTimer);
  }
}

