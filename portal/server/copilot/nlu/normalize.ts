import { closestWord } from './fuzzy.ts';
import { CHANNEL_SYNONYMS, COMMON_WORDS, DOMAIN_WORDS, KIND_SYNONYMS, METRIC_SYNONYMS, NUMBER_WORDS } from './vocabulary.ts';

export interface Normalized {
  /** Lower case, contractions expanded, numbers as digits, typos corrected, single spaces. */
  text: string;
  original: string;
  corrections: { from: string; to: string }[];
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(have|has|had|did|do|does|is|was|are|were|could|would|should)nt\b/g, '$1 not'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\bit's\b/g, 'it is'],
  [/\bwhat's\b/g, 'what is'],
  [/\bhow's\b/g, 'how is'],
  [/\blet's\b/g, 'let us'],
];

function numberWordsToDigits(text: string): string {
  const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
  const units = 'one|two|three|four|five|six|seven|eight|nine';
  return text
    .replace(new RegExp(`\\b(${tens})[ -](${units})\\b`, 'g'), (_, t: string, u: string) => String(NUMBER_WORDS[t]! + NUMBER_WORDS[u]!))
    .replace(new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g'), (w: string) => String(NUMBER_WORDS[w]));
}

/** Every single word of the metric, channel and recommendation-kind phrases: correct toward them, never away. */
const SYNONYM_WORDS = [
  ...new Set(
    [...Object.values(METRIC_SYNONYMS), ...Object.values(CHANNEL_SYNONYMS), ...Object.values(KIND_SYNONYMS)]
      .flat()
      .flatMap((p) => p.split(/[^a-z]+/))
      .filter((w) => w.length >= 4),
  ),
];

/**
 * Normalises a user message for the parser: Unicode and quotes, lower case, contractions ("haven't" → "have not"),
 * number words and "percent" ("ten percent" → "10%"), "5k" → 5000, and typo correction of words close to the
 * domain vocabulary (Damerau–Levenshtein) — plus any extra names, such as the tenant's campaign words.
 */
export function normalize(raw: string, extraVocabulary: readonly string[] = []): Normalized {
  const original = raw.normalize('NFKC').slice(0, 2000);
  let text = original.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/&/g, ' and ');
  for (const [re, to] of CONTRACTIONS) text = text.replace(re, to);
  text = numberWordsToDigits(text);
  text = text
    .replace(/(\d)\s*(?:percent|per cent|pct)\b/g, '$1%')
    .replace(/(\d+(?:\.\d+)?)k\b/g, (_, n: string) => String(Math.round(Number(n) * 1000)))
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/[^a-z0-9%$€£.,/:#'\s-]/g, ' ')
    .replace(/([a-z])[.,:](\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  const vocabulary = [...DOMAIN_WORDS, ...SYNONYM_WORDS, ...extraVocabulary];
  const known = new Set(vocabulary);
  const corrections: Normalized['corrections'] = [];
  text = text
    .split(' ')
    .map((token) => {
      if (!/^[a-z]{4,}$/.test(token) || known.has(token) || COMMON_WORDS.has(token)) return token;
      const near = closestWord(token, vocabulary);
      if (!near) return token;
      corrections.push({ from: token, to: near.word });
      return near.word;
    })
    .join(' ');
  return { text, original, corrections };
}
