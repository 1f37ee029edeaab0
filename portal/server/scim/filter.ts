import { ScimError } from './errors';

/**
 * SCIM filters (RFC 7644 §3.4.2.2): `userName eq "a@b.c"`, `externalId eq "00u1"`, `emails[type eq "work"]`,
 * combined with and / or / not and parentheses. Parsed into a tree, then evaluated against a resource.
 */
export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterValue = string | number | boolean | null;
export type ScimFilter =
  | { op: 'and' | 'or'; left: ScimFilter; right: ScimFilter }
  | { op: 'not'; filter: ScimFilter }
  | { op: 'pr'; attr: string }
  | { op: CompareOp; attr: string; value: FilterValue }
  | { op: 'valuePath'; attr: string; filter: ScimFilter };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const MAX_FILTER_LENGTH = 1000;

type Token = { kind: 'word' | 'string' | '(' | ')' | '[' | ']'; text: string; at: number };

export const invalidFilter = (detail: string) => new ScimError(400, detail, 'invalidFilter');

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) { i += 1; continue; }
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']') { tokens.push({ kind: ch, text: ch, at: i }); i += 1; continue; }
    if (ch === '"') {
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) throw invalidFilter(`Unterminated string at position ${i}.`);
      try {
        tokens.push({ kind: 'string', text: JSON.parse(input.slice(i, j + 1)) as string, at: i });
      } catch {
        throw invalidFilter(`Bad string at position ${i}.`);
      }
      i = j + 1;
      continue;
    }
    const word = /^[^\s()[\]"]+/.exec(input.slice(i))![0];
    tokens.push({ kind: 'word', text: word, at: i });
    i += word.length;
  }
  return tokens;
}

/** Strips a core/enterprise schema URN prefix: `urn:…:core:2.0:User:userName` → `userName`. */
export function normalizeAttrPath(raw: string): string {
  const urn = /^urn:ietf:params:scim:schemas:(?:core:2\.0:(?:User|Group)|extension:enterprise:2\.0:User):(.+)$/i.exec(raw);
  return urn ? urn[1]! : raw;
}

const ATTR_PATH = /^(?:urn:[\w:.-]+:)?[A-Za-z][\w$-]*(?:\.[A-Za-z][\w$-]*)?$/;

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): ScimFilter {
    const filter = this.orExpr();
    if (this.pos < this.tokens.length) throw invalidFilter(`Unexpected "${this.tokens[this.pos]!.text}" at position ${this.tokens[this.pos]!.at}.`);
    return filter;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (!t) throw invalidFilter('The filter ends too early.');
    this.pos += 1;
    return t;
  }

  private orExpr(): ScimFilter {
    let left = this.andExpr();
    while (this.peekWord('or')) { this.pos += 1; left = { op: 'or', left, right: this.andExpr() }; }
    return left;
  }

  private andExpr(): ScimFilter {
    let left = this.unary();
    while (this.peekWord('and')) { this.pos += 1; left = { op: 'and', left, right: this.unary() }; }
    return left;
  }

  private unary(): ScimFilter {
    if (this.peekWord('not')) {
      this.pos += 1;
      if (this.tokens[this.pos]?.kind !== '(') throw invalidFilter('"not" must be followed by a parenthesised filter.');
      return { op: 'not', filter: this.unary() };
    }
    if (this.tokens[this.pos]?.kind === '(') {
      this.pos += 1;
      const inner = this.orExpr();
      if (this.next().kind !== ')') throw invalidFilter('Missing ")".');
      return inner;
    }
    return this.comparison();
  }

  private comparison(): ScimFilter {
    const attrToken = this.next();
    if (attrToken.kind !== 'word' || !ATTR_PATH.test(attrToken.text)) throw invalidFilter(`Expected an attribute name at position ${attrToken.at}.`);
    const attr = normalizeAttrPath(attrToken.text);
    if (this.tokens[this.pos]?.kind === '[') {
      this.pos += 1;
      const filter = this.orExpr();
      if (this.next().kind !== ']') throw invalidFilter('Missing "]".');
      return { op: 'valuePath', attr, filter };
    }
    const opToken = this.next();
    const op = opToken.text.toLowerCase();
    if (opToken.kind !== 'word') throw invalidFilter(`Expected an operator at position ${opToken.at}.`);
    if (op === 'pr') return { op: 'pr', attr };
    if (!COMPARE_OPS.has(op)) throw invalidFilter(`Unknown operator "${opToken.text}".`);
    const valueToken = this.next();
    return { op: op as CompareOp, attr, value: literal(valueToken) };
  }
}

function literal(token: Token): FilterValue {
  if (token.kind === 'string') return token.text;
  if (token.kind !== 'word') throw invalidFilter(`Expected a value at position ${token.at}.`);
  const lower = token.text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(token.text)) return Number(token.text);
  throw invalidFilter(`Values must be quoted strings, numbers, true, false or null (got ${token.text}).`);
}

export function parseFilter(input: string): ScimFilter {
  if (input.length > MAX_FILTER_LENGTH) throw invalidFilter(`Filters longer than ${MAX_FILTER_LENGTH} characters are not supported.`);
  const tokens = tokenize(input);
  if (tokens.length === 0) throw invalidFilter('The filter is empty.');
  return new Parser(tokens).parse();
}

/** Attributes compared case-sensitively (RFC 7643: id and externalId are caseExact); everything else ignores case. */
const CASE_EXACT = new Set(['id', 'externalid', 'value']);

function getCaseInsensitive(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : (obj as Record<string, unknown>)[found];
}

/** The values at an attribute path; multi-valued attributes give several, complex ones compare by `value`. */
function valuesAt(resource: unknown, attr: string): unknown[] {
  let current: unknown[] = [resource];
  for (const part of attr.split('.')) {
    current = current.flatMap((item) => {
      const v = getCaseInsensitive(item, part);
      return Array.isArray(v) ? v : v === undefined ? [] : [v];
    });
  }
  return current.map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) && 'value' in v ? (v as { value: unknown }).value : v));
}

function compare(op: CompareOp, actual: unknown, expected: FilterValue, caseExact: boolean): boolean {
  if (expected === null) return op === 'eq' ? actual === null || actual === undefined : op === 'ne' ? actual !== null && actual !== undefined : false;
  if (typeof expected === 'boolean' || typeof expected === 'number') {
    if (op === 'eq') return actual === expected;
    if (op === 'ne') return actual !== expected;
    if (typeof expected === 'number' && typeof actual === 'number') {
      return op === 'gt' ? actual > expected : op === 'ge' ? actual >= expected : op === 'lt' ? actual < expected : op === 'le' ? actual <= expected : false;
    }
    return false;
  }
  if (typeof actual !== 'string') return op === 'ne';
  const a = caseExact ? actual : actual.toLowerCase();
  const e = caseExact ? expected : expected.toLowerCase();
  switch (op) {
    case 'eq': return a === e;
    case 'ne': return a !== e;
    case 'co': return a.includes(e);
    case 'sw': return a.startsWith(e);
    case 'ew': return a.endsWith(e);
    case 'gt': return a > e;
    case 'ge': return a >= e;
    case 'lt': return a < e;
    case 'le': return a <= e;
  }
}

/** Whether a resource (as its SCIM JSON) matches the filter. */
export function matchesFilter(filter: ScimFilter, resource: unknown): boolean {
  switch (filter.op) {
    case 'and': return matchesFilter(filter.left, resource) && matchesFilter(filter.right, resource);
    case 'or': return matchesFilter(filter.left, resource) || matchesFilter(filter.right, resource);
    case 'not': return !matchesFilter(filter.filter, resource);
    case 'pr': return valuesAt(resource, filter.attr).some((v) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
    case 'valuePath': {
      const items = getCaseInsensitive(resource, filter.attr);
      return (Array.isArray(items) ? items : items === undefined ? [] : [items]).some((item) => matchesFilter(filter.filter, item));
    }
    default: {
      const { op, attr, value } = filter;
      const caseExact = CASE_EXACT.has(attr.split('.').pop()!.toLowerCase());
      const values = valuesAt(resource, attr);
      if (op === 'ne') return values.length === 0 ? value !== null : values.every((v) => compare('ne', v, value, caseExact));
      return values.length === 0 ? compare(op, undefined, value, caseExact) : values.some((v) => compare(op, v, value, caseExact));
    }
  }
}
