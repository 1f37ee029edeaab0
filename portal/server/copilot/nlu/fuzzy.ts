/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and adjacent
 * transpositions each cost 1), bounded: returns max + 1 as soon as the distance must exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/** Edits allowed for a word of this length: none for short words (too many false friends), 1 up to 6 letters, else 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** The closest vocabulary word within the allowed edits (ties: the first listed wins), or null. */
export function closestWord(word: string, vocabulary: readonly string[]): { word: string; distance: number } | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  let best: { word: string; distance: number } | null = null;
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > max) continue;
    const d = damerauLevenshtein(word, v, max);
    if (d <= max && (!best || d < best.distance)) best = { word: v, distance: d };
    if (best?.distance === 1 && max === 1) break;
  }
  return best;
}

/** Fuzzy containment of a multi-word name (e.g. a campaign) in text: each of its words within the allowed edits. */
export function fuzzyPhraseScore(text: string, phrase: string): number {
  const words = phrase.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
  if (words.length === 0) return 0;
  const tokens = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let hit = 0;
  for (const w of words) {
    if (tokens.some((t) => t === w || (allowedEdits(w.length) > 0 && damerauLevenshtein(t, w, allowedEdits(w.length)) <= allowedEdits(w.length)))) hit++;
  }
  return hit / words.length;
}
