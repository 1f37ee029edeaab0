import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

process.env.STRATUM_SECRET_KEY ??= randomBytes(32).toString('base64');
const { issueRenderTicket, readRenderTicket } = await import('./render-ticket.ts');

describe('render tickets', () => {
  const claims = { tenantId: 't1', dashboardId: 'd1', from: '2026-11-01', to: '2026-11-30' };

  it('round-trips its claims', () => {
    expect(readRenderTicket(issueRenderTicket(claims))).toMatchObject({ kind: 'report-render', ...claims });
  });

  it('refuses expired, tampered, foreign and malformed tickets', () => {
    expect(readRenderTicket(issueRenderTicket(claims, -1))).toBeNull();
    const ticket = issueRenderTicket(claims);
    const parts = ticket.split('.');
    const flipped = parts[3]!.startsWith('A') ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    expect(readRenderTicket([...parts.slice(0, 3), flipped].join('.'))).toBeNull();
    expect(readRenderTicket('v1.aaaa.bbbb.cccc')).toBeNull();
    expect(readRenderTicket('')).toBeNull();
    expect(readRenderTicket(undefined)).toBeNull();
    expect(readRenderTicket('x'.repeat(5_000))).toBeNull();
  });
});
