import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates as ar } from './ar.ts';
import { templates as de } from './de.ts';
import { templates as fr } from './fr.ts';

/** Every msg() id used in the sources, with the number of ${…} values of its English template. */
function sourceMessages(): Map<string, number> {
  const root = path.resolve(import.meta.dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.ts') && !full.endsWith('.test.ts') && !full.includes(`${path.sep}locales${path.sep}`)) files.push(full);
    }
  };
  walk(root);
  const messages = new Map<string, number>();
  const call = /msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g;
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      messages.set(match[2]!, (match[1]!.match(/\$\{/g) ?? []).length);
    }
  }
  return messages;
}

function valueCount(template: unknown): number {
  return typeof template === 'string' ? 0 : (template as { values: unknown[] }).values.length;
}

describe('translations', () => {
  const messages = sourceMessages();

  it('finds the messages of the sources', () => {
    expect(messages.size).toBeGreaterThan(60);
    expect(messages.get('table.rows')).toBe(3);
  });

  for (const [locale, templates] of Object.entries({ de, fr, ar })) {
    it(`${locale} translates every message, with the same number of values`, () => {
      const missing = [...messages.keys()].filter((id) => !(id in templates));
      expect(missing).toEqual([]);
      const stale = Object.keys(templates).filter((id) => !messages.has(id));
      expect(stale).toEqual([]);
      for (const [id, count] of messages) expect([id, valueCount((templates as Record<string, unknown>)[id])]).toEqual([id, count]);
    });
  }
});
