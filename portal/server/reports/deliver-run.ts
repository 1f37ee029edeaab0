import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../../prisma/connect.ts';
import { DATE_RANGE_PRESETS } from '../../../widgets/src/contract.ts';
import { emitEvent } from '../webhooks/emit-event.ts';
import { sendSystemMail, whiteLabelFromAddress } from '../worker/mail.ts';
import { loadReportBrand } from './brand.ts';
import { renderPdf } from './render-report.ts';
import { issueRenderTicket } from './render-ticket.ts';
import { reportEmail } from './report-email.ts';
import { reportFileStem } from './file-name.ts';
import { rangeForRun } from './schedule-time.ts';

export interface ReportRunOptions {
  workerId: string;
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  /** Where the portal serves the report pages the worker renders. */
  portalUrl: string;
}

const Recipients = z.array(z.email()).min(1).max(50);

/** Due runs: queued or failed and due, or "running" under a lease that ran out (the worker died). */
function claimableWhere(now: Date) {
  return {
    OR: [
      { status: { in: ['queued' as const, 'failed' as const] }, nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      { status: 'running' as const, leaseUntil: { lt: now } },
    ],
  };
}

/** Claims one due run with a lease (the same conditional-update pattern as webhook deliveries). */
export async function claimRun(db: Db, options: ReportRunOptions, now = new Date()): Promise<{ id: string; lease: string } | null> {
  const candidate = await db.reportRun.findFirst({ where: claimableWhere(now), orderBy: { nextAttemptAt: 'asc' }, select: { id: true } });
  if (!candidate) return null;
  const lease = `${options.workerId}:${randomUUID()}`;
  const { count } = await db.reportRun.updateMany({
    where: { id: candidate.id, ...claimableWhere(now) },
    data: { status: 'running', leaseOwner: lease, leaseUntil: new Date(now.getTime() + options.leaseMs), attempts: { increment: 1 } },
  });
  return count === 1 ? { id: candidate.id, lease } : null;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
}

/**
 * Renders and sends one claimed run. Everything before the send (loading, rendering the PDF in Chromium, fetching the
 * CSV) is retried freely. Just before the SMTP hand-off the run's fixed Message-ID is committed; a run found later
 * with that marker but not "sent" died in the middle of sending and is NOT sent again automatically (it is marked dead
 * with an explanation and can be re-sent by hand) — so a crash never makes a recipient get the report twice.
 */
export async function deliverRun(db: Db, claim: { id: string; lease: string }, options: ReportRunOptions): Promise<'sent' | 'failed' | 'dead' | 'lost'> {
  const run = await db.reportRun.findFirst({
    where: { id: claim.id, leaseOwner: claim.lease },
    include: {
      scheduledReport: {
        include: {
          dashboard: { select: { id: true, title: true } },
          tenant: { select: { id: true, slug: true, name: true, locale: true, partnerId: true } },
        },
      },
    },
  });
  if (!run) return 'lost';
  const schedule = run.scheduledReport;
  const tenant = schedule.tenant;
  const release = { leaseOwner: null, leaseUntil: null };

  if (run.messageId) {
    await db.reportRun.updateMany({
      where: { id: run.id, leaseOwner: claim.lease },
      data: { ...release, status: 'dead', error: 'Interrupted while sending; not sent again automatically so that nobody receives it twice. Re-send it from the run log.' },
    });
    return 'dead';
  }

  try {
    const recipients = Recipients.parse(schedule.recipients);
    const preset = z.enum(DATE_RANGE_PRESETS).parse(schedule.rangePreset);
    const range = rangeForRun(preset, run.scheduledFor, schedule.timezone);
    const brand = await loadReportBrand(db, tenant.id);
    const pagePath = `/r/${encodeURIComponent(tenant.slug)}/${encodeURIComponent(schedule.dashboard.id)}`;
    const ticket = issueRenderTicket({ tenantId: tenant.id, dashboardId: schedule.dashboard.id, from: range.from, to: range.to });
    const query = new URLSearchParams({ from: range.from, to: range.to, ticket });
    const attachments: { filename: string; content: Buffer; contentType: string; cid?: string }[] = [];
    const stem = reportFileStem(schedule.dashboard.title, range);
    if (schedule.format === 'pdf' || schedule.format === 'pdf_csv') {
      attachments.push({ filename: `${stem}.pdf`, content: await renderPdf(`${options.portalUrl}${pagePath}?${query}`), contentType: 'application/pdf' });
    }
    if (schedule.format === 'csv' || schedule.format === 'pdf_csv') {
      const response = await fetch(`${options.portalUrl}${pagePath}/export.csv?${query}`, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`the CSV export answered ${response.status}`);
      attachments.push({ filename: `${stem}.csv`, content: Buffer.from(await response.arrayBuffer()), contentType: 'text/csv' });
    }
    const fileNames = attachments.map((a) => a.filename);
    const logo = brand.logoAssetId ? await db.asset.findFirst({ where: { id: brand.logoAssetId, partnerId: tenant.partnerId }, select: { data: true, contentType: true } }) : null;
    if (logo) attachments.push({ filename: 'logo', content: Buffer.from(logo.data), contentType: logo.contentType, cid: 'brand-logo' });
    const publicBase = brand.customDomain ? `https://${brand.customDomain}` : options.portalUrl;
    const mail = reportEmail({
      brand,
      tenantName: tenant.name,
      reportName: schedule.name,
      dashboardTitle: schedule.dashboard.title,
      range,
      locale: tenant.locale,
      reportUrl: `${publicBase}${pagePath}?from=${range.from}&to=${range.to}`,
      attachments: fileNames,
      ...(logo ? { logoCid: 'brand-logo' } : {}),
    });

    const host = brand.customDomain ?? (new URL(options.portalUrl).hostname || 'localhost');
    const messageId = `<report-run-${run.id}@${host}>`;
    const marked = await db.reportRun.updateMany({ where: { id: run.id, leaseOwner: claim.lease, messageId: null }, data: { messageId } });
    if (marked.count === 0) return 'lost';
    try {
      await sendSystemMail({ to: recipients, fromName: brand.senderName, fromAddress: whiteLabelFromAddress(brand.customDomain), subject: mail.subject, text: mail.text, html: mail.html, attachments, messageId });
    } catch (error) {
      // The SMTP server refused: nothing was sent, so the marker goes and the run is retried.
      await db.reportRun.updateMany({ where: { id: run.id, leaseOwner: claim.lease }, data: { messageId: null } });
      throw error;
    }
    await db.$transaction(async (tx) => {
      await tx.reportRun.update({ where: { id: run.id }, data: { ...release, status: 'sent', sentAt: new Date(), error: null } });
      await tx.scheduledReport.update({ where: { id: schedule.id }, data: { lastRunAt: new Date() } });
      await emitEvent(tx, {
        partnerId: tenant.partnerId,
        type: 'report.delivered',
        payload: { runId: run.id, scheduleId: schedule.id, tenantId: tenant.id, dashboardId: schedule.dashboard.id, range, recipients: recipients.length, attachments: fileNames },
      });
    });
    return 'sent';
  } catch (error) {
    const dead = run.attempts >= options.maxAttempts;
    const delay = options.retryBaseMs * 2 ** Math.max(0, run.attempts - 1) * (0.8 + Math.random() * 0.4);
    await db.$transaction(async (tx) => {
      await tx.reportRun.updateMany({
        where: { id: run.id, leaseOwner: claim.lease },
        data: { ...release, status: dead ? 'dead' : 'failed', error: errorText(error), nextAttemptAt: new Date(Date.now() + delay) },
      });
      if (dead) await emitEvent(tx, { partnerId: tenant.partnerId, type: 'report.failed', payload: { runId: run.id, scheduleId: schedule.id, tenantId: tenant.id, error: errorText(error) } });
    });
    console.error(`reports: run ${run.id} failed (attempt ${run.attempts})`, errorText(error));
    return dead ? 'dead' : 'failed';
  }
}
