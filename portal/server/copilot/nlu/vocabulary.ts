import type { Channel, Metric, RecommendationKindName } from '@stratum/contract';

/** Phrases (already normalised: lower case, single spaces) that name each metric, longest first when matched. */
export const METRIC_SYNONYMS: Record<Metric, string[]> = {
  roas: ['return on ad spend', 'return on adspend', 'roas', 'return on spend'],
  cpa: ['cost per acquisition', 'cost per conversion', 'cost per purchase', 'cost per order', 'cost per sale', 'cpa'],
  cpc: ['cost per click', 'cpc'],
  ctr: ['click through rate', 'clickthrough rate', 'click-through rate', 'ctr'],
  conversion_rate: ['conversion rate', 'conv rate', 'cvr', 'conversion %'],
  spend: ['ad spend', 'spend', 'spent', 'spending', 'cost', 'costs', 'budget spent', 'how much did we pay'],
  revenue: ['revenue', 'sales revenue', 'income', 'turnover', 'earnings', 'made', 'earned'],
  conversions: ['conversions', 'conversion', 'purchases', 'orders', 'sales', 'signups', 'sign ups', 'leads', 'converted'],
  clicks: ['clicks', 'click'],
  impressions: ['impressions', 'impression', 'views', 'reach', 'eyeballs'],
};

export const CHANNEL_SYNONYMS: Record<Channel, string[]> = {
  meta: ['meta', 'facebook', 'fb', 'instagram', 'insta', 'ig'],
  google: ['google', 'google ads', 'adwords', 'search', 'youtube'],
  tiktok: ['tiktok', 'tik tok'],
  linkedin: ['linkedin', 'linked in'],
  email: ['email', 'e-mail', 'newsletter', 'newsletters', 'emails', 'mail'],
};

export const KIND_SYNONYMS: Record<RecommendationKindName, string[]> = {
  budget_increase: ['budget increase', 'increase the budget', 'increase budget', 'raise the budget', 'budget raise', 'more budget', 'scale up'],
  budget_decrease: ['budget decrease', 'decrease the budget', 'cut the budget', 'reduce the budget', 'budget cut', 'lower the budget'],
  ab_test_winner: ['a/b', 'ab test', 'a b test', 'split test', 'variant', 'winner', 'test winner'],
  anomaly: ['anomaly', 'anomalies', 'alert', 'alerts'],
  signal_health_alert: ['signal health', 'tracking', 'signal', 'emq', 'pixel'],
  pause_campaign: ['pause', 'bleeding', 'stop the campaign', 'losing money'],
};

/**
 * Words the typo corrector may correct toward. Common English words are left alone (they are not listed here and
 * are protected by COMMON_WORDS), so "with" never becomes "width".
 */
export const DOMAIN_WORDS = [
  'campaign', 'campaigns', 'create', 'launch', 'activate', 'recommendation', 'recommendations', 'suggestions', 'suggestion',
  'revenue', 'spend', 'conversions', 'conversion', 'impressions', 'clicks', 'purchases', 'purchased', 'purchase', 'orders',
  'budget', 'discount', 'shipping', 'customers', 'customer', 'users', 'shoppers', 'targeting', 'target', 'audience',
  'lookalike', 'abandoners', 'abandoned', 'abandon', 'cart', 'checkout', 'offer', 'coupon', 'channel', 'channels',
  'facebook', 'instagram', 'google', 'tiktok', 'linkedin', 'email', 'newsletter', 'meta', 'adwords', 'youtube',
  'yesterday', 'today', 'week', 'weeks', 'month', 'months', 'quarter', 'year', 'since', 'black', 'friday', 'cyber', 'monday',
  'christmas', 'thanksgiving', 'explain', 'dropped', 'drop', 'increase', 'decrease', 'compare', 'compared', 'previous',
  'apply', 'dismiss', 'approve', 'breakdown', 'daily', 'weekly', 'monthly', 'happened', 'performance', 'signal', 'health',
  'anomaly', 'variant', 'winner', 'pause', 'trend', 'return', 'acquisition', 'percent', 'free', 'draft', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'optimise', 'optimize',
  'inactive', 'lapsed', 'bought', 'visitors', 'people', 'buyers', 'retarget', 'days', 'accept', 'implement', 'execute',
  'publish', 'troubleshoot', 'diagnose', 'happen', 'caused', 'declined', 'delivery', 'threshold', 'winback', 'promo',
  'suggest', 'recommend', 'improve', 'opportunities', 'alerts', 'winners', 'tests',
];

/** Words never corrected even when close to a domain word. */
export const COMMON_WORDS = new Set([
  'with', 'what', 'when', 'where', 'which', 'who', 'why', 'how', 'that', 'this', 'these', 'those', 'there', 'their', 'them',
  'then', 'than', 'they', 'have', 'has', 'had', 'not', 'and', 'but', 'for', 'from', 'into', 'over', 'show', 'give', 'tell',
  'make', 'made', 'does', 'did', 'done', 'was', 'were', 'are', 'is', 'our', 'ours', 'your', 'about', 'all', 'any', 'each',
  'per', 'by', 'on', 'in', 'at', 'of', 'to', 'the', 'a', 'an', 'it', 'its', 'me', 'my', 'we', 'us', 'you', 'so', 'do',
  'go', 'get', 'got', 'let', 'lets', 'please', 'thanks', 'thank', 'ok', 'okay', 'yes', 'no', 'now', 'new', 'just', 'also',
  'more', 'less', 'most', 'much', 'many', 'some', 'only', 'like', 'same', 'make', 'made', 'past', 'next', 'first', 'second',
  'third', 'one', 'two', 'three', 'four', 'five', 'ten', 'it', 'set', 'up', 'run', 'start', 'stop', 'went', 'down', 'fell',
  'rose', 'jump', 'jumped', 'spike', 'spiked', 'low', 'high', 'good', 'bad', 'best', 'worst', 'top', 'other', 'others',
  'should', 'could', 'would', 'will', 'can', 'may', 'might', 'need', 'want', 'help', 'hello', 'hi', 'hey', 'days', 'day',
  'time', 'times', 'else', 'instead', 'total', 'sum', 'number', 'rate', 'cost', 'costs', 'sales', 'leads', 'views', 'reach',
  'both', 'either', 'between', 'versus', 'vs', 'against', 'before', 'after', 'during', 'while', 'since', 'until', 'till',
  'mail', 'make', 'plan', 'week', 'month', 'year', 'last', 'this', 'that', 'same', 'each', 'every', 'hour', 'hours',
  'date', 'dates', 'data', 'rate', 'rates', 'weeks', 'months', 'years', 'from', 'into', 'only', 'when', 'sure', 'look',
  'looks', 'live', 'turn', 'send', 'sent', 'list', 'name', 'call', 'called', 'named', 'based', 'above', 'below', 'under',
  'full', 'part', 'area', 'real', 'team', 'site', 'page', 'post', 'item', 'items', 'thing', 'things', 'money', 'joke',
]);

/** Number words to digits ("ten" → 10), for "ten percent", "thirty days". Not "one": it is mostly a pronoun ("the top one"). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

export const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, top: 1 };
