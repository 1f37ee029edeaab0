import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/server/audit/record';
import type { ActionContext } from '@/server/tenancy/action';

export const MAX_LOGO_BYTES = 256 * 1024;

/** The image type from the file's first bytes (the declared type is not trusted). SVG is refused: it can carry script. */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 12 && String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}

export async function storeLogo(ctx: ActionContext, file: File) {
  if (file.size === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty.', { issues: [{ path: 'logo', message: 'Empty file.' }] });
  if (file.size > MAX_LOGO_BYTES) throw new AppError('VALIDATION_FAILED', `A logo may be at most ${MAX_LOGO_BYTES / 1024} KB.`, { issues: [{ path: 'logo', message: 'Too large.' }] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new AppError('VALIDATION_FAILED', 'Use a PNG, JPEG or WebP image (SVG is not accepted).', { issues: [{ path: 'logo', message: 'Unsupported type.' }] });
  const asset = await db.asset.create({
    data: { partnerId: ctx.partner.id, contentType, byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), data: Buffer.from(bytes) },
    select: { id: true, contentType: true, byteSize: true },
  });
  await recordAudit({ partnerId: ctx.partner.id, actor: ctx.actor, action: 'asset.uploaded', target: { type: 'asset', id: asset.id }, metadata: { contentType, byteSize: bytes.length }, ip: ctx.ip, userAgent: ctx.userAgent });
  return asset;
}

