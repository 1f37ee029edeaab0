import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderMarkdown } from './render-markdown';

const PAYLOADS = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:window.pwned=1">click</a>',
  '[md link](javascript:window.pwned=1)',
  '<svg onload="window.pwned=1"><circle r="1"/></svg>',
  '<div style="background:url(javascript:alert(1))" onclick="window.pwned=1">styled</div>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name="p"></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
];

describe('renderMarkdown', () => {
  it('keeps ordinary markdown', () => {
    const html = renderMarkdown('# Title\n\nSome **bold** and a [link](https://stratum.example/docs).\n\n- a\n- b');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<a href="https:\/\/stratum.example\/docs" target="_blank" rel="noopener noreferrer nofollow ugc">link<\/a>/);
    expect(html).toContain('<li>a</li>');
  });

  it.each(PAYLOADS)('renders %s inert', (payload) => {
    const html = renderMarkdown(`Intro\n\n${payload}\n\nOutro`);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<svg|<style/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/style=/i);
    // And in a real DOM with scripts enabled, nothing runs.
    const dom = new JSDOM(`<body>${html}</body>`, { runScripts: 'dangerously' });
    for (const el of dom.window.document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    expect((dom.window as unknown as { pwned?: number }).pwned).toBeUndefined();
    dom.window.close();
  });
});
