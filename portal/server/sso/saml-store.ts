import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../prisma/connect.ts';

/** How long the IdP may take between our AuthnRequest and its response (the person logs in meanwhile). */
export const REQUEST_TTL_MS = 10 * 60_000;
/** A sign-in ticket goes from the ACS endpoint to Auth.js within the same request; a minute is generous. */
export const TICKET_TTL_MS = 60_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export interface SamlIdentity {
  email: string;
  name: string | null;
  nameId: string;
}

/**
 * Single-use SAML state in the shared database (SamlOneTimeKey), so any portal instance can finish a sign-in
 * another one started, and none can finish it twice. Every "use" is one conditional delete or one insert on the
 * primary key: of two concurrent attempts exactly one wins.
 */
export function samlStore(db: Db) {
  const sweep = () => db.samlOneTimeKey.deleteMany({ where: { expiresAt: { lt: new Date() } } });

  /** Deletes the live key and says whether this caller was the one that did. */
  async function take(key: string, connectionId: string): Promise<boolean> {
    const { count } = await db.samlOneTimeKey.deleteMany({ where: { key, connectionId, expiresAt: { gt: new Date() } } });
    return count === 1;
  }

  return {
    /** Remembers an AuthnRequest id we sent, with where to go after sign-in. */
    async saveRequest(connectionId: string, requestId: string, redirectTo: string): Promise<void> {
      await sweep();
      await db.samlOneTimeKey.create({ data: { key: `request:${requestId}`, connectionId, payload: redirectTo, expiresAt: new Date(Date.now() + REQUEST_TTL_MS) } });
    },

    /** Uses up a request id: its redirect target the first time, null if unknown, expired or already used. */
    async consumeRequest(connectionId: string, requestId: string): Promise<{ redirectTo: string; issuedAt: Date } | null> {
      const key = `request:${requestId}`;
      const row = await db.samlOneTimeKey.findUnique({ where: { key }, select: { payload: true, connectionId: true, createdAt: true } });
      if (!row || row.connectionId !== connectionId) return null;
      return (await take(key, connectionId)) ? { redirectTo: row.payload ?? '/p', issuedAt: row.createdAt } : null;
    },

    /** Records an assertion id as used until it expires; false when it was used before (a replay). */
    async useAssertionOnce(connectionId: string, issuer: string, assertionId: string, notOnOrAfter: Date): Promise<boolean> {
      const key = `assertion:${sha256(`${issuer}\n${assertionId}`)}`;
      const existing = await db.samlOneTimeKey.findUnique({ where: { key }, select: { key: true } });
      if (existing) return false;
      try {
        await db.samlOneTimeKey.create({ data: { key, connectionId, expiresAt: notOnOrAfter } });
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === 'P2002') return false; // a concurrent replay won the insert
        throw error;
      }
    },

    /** A random single-use ticket standing for a verified identity; only its hash is stored. */
    async issueTicket(connectionId: string, identity: SamlIdentity): Promise<string> {
      const ticket = randomBytes(32).toString('base64url');
      await db.samlOneTimeKey.create({ data: { key: `ticket:${sha256(ticket)}`, connectionId, payload: JSON.stringify(identity), expiresAt: new Date(Date.now() + TICKET_TTL_MS) } });
      return ticket;
    },

    /** The identity behind a ticket, once; null for an unknown, expired, used or other connection's ticket. */
    async redeemTicket(connectionId: string, ticket: string): Promise<SamlIdentity | null> {
      const key = `ticket:${sha256(ticket)}`;
      const row = await db.samlOneTimeKey.findUnique({ where: { key }, select: { payload: true, connectionId: true } });
      if (!row?.payload || row.connectionId !== connectionId) return null;
      if (!(await take(key, connectionId))) return null;
      return JSON.parse(row.payload) as SamlIdentity;
    },
  };
}

export type SamlStore = ReturnType<typeof samlStore>;
