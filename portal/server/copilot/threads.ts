import 'server-only';
import type { CopilotMessageDto, CopilotPart, CopilotThreadResult } from '@stratum/contract';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';

interface Owner {
  tenantId: string;
  viewerId: string;
}

/** The thread with this id, created for the viewer on first use; another tenant's or viewer's thread is "not found". */
export async function openThread(db: Db, owner: Owner, threadId: string, firstText?: string): Promise<{ id: string; created: boolean }> {
  const existing = await db.copilotThread.findUnique({ where: { id: threadId }, select: { id: true, tenantId: true, viewerId: true } });
  if (existing) {
    if (existing.tenantId !== owner.tenantId || existing.viewerId !== owner.viewerId) throw new AppError('NOT_FOUND', 'No such conversation.');
    return { id: existing.id, created: false };
  }
  try {
    await db.copilotThread.create({ data: { id: threadId, tenantId: owner.tenantId, viewerId: owner.viewerId, title: firstText?.slice(0, 80) ?? null } });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return openThread(db, owner, threadId, firstText);
    throw error;
  }
  return { id: threadId, created: true };
}

export async function threadMessages(db: Db, owner: Owner, threadId: string): Promise<CopilotMessageDto[]> {
  const rows = await db.copilotMessage.findMany({
    where: { threadId, thread: { tenantId: owner.tenantId, viewerId: owner.viewerId } },
    orderBy: [{ createdAt: 'asc' }],
    select: { id: true, role: true, parts: true },
  });
  return rows.map((r) => ({ id: r.id, role: r.role as CopilotMessageDto['role'], parts: r.parts as CopilotPart[] }));
}

/**
 * Writes a message (insert, or replace the parts of the same message in the same thread). Message ids are global;
 * a client-chosen id already used in another conversation is refused, or, with `freshId`, stored under a new id.
 */
export async function saveMessage(db: Db, threadId: string, message: CopilotMessageDto, at = new Date(), freshId?: () => string): Promise<void> {
  const existing = await db.copilotMessage.findUnique({ where: { id: message.id }, select: { threadId: true } });
  if (existing && existing.threadId !== threadId) {
    if (!freshId) throw new AppError('CONFLICT', 'A message with this id belongs to another conversation.');
    return saveMessage(db, threadId, { ...message, id: freshId() }, at);
  }
  if (existing) await db.copilotMessage.update({ where: { id: message.id }, data: { parts: message.parts as object[] } });
  else await db.copilotMessage.create({ data: { id: message.id, threadId, role: message.role, parts: message.parts as object[], createdAt: at } });
  await db.copilotThread.update({ where: { id: threadId }, data: { updatedAt: at } });
}

/** GET history: one thread of the viewer (by id), else their most recent one. */
export async function threadHistory(db: Db, owner: Owner, threadId?: string): Promise<CopilotThreadResult> {
  const thread = threadId
    ? await db.copilotThread.findFirst({ where: { id: threadId, tenantId: owner.tenantId, viewerId: owner.viewerId }, select: { id: true } })
    : await db.copilotThread.findFirst({ where: { tenantId: owner.tenantId, viewerId: owner.viewerId }, orderBy: { updatedAt: 'desc' }, select: { id: true } });
  if (!thread) {
    if (threadId) throw new AppError('NOT_FOUND', 'No such conversation.');
    return { threadId: null, messages: [] };
  }
  return { threadId: thread.id, messages: await threadMessages(db, owner, thread.id) };
}
