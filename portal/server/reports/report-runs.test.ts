import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/reports/test-db.ts';
import { startSmtpReceiver } from '../../../tests/reports/smtp-receiver.ts';
import { claimRun, deliverRun, type ReportRunOptions } from './deliver-run.ts';
import { enqueueDueRuns } from './enqueue-runs.ts';

process.env.STRATUM_SECRET_KEY ??= randomBytes(32).toString('base64');

const options: ReportRunOptions = { workerId: 'test', leaseMs: 60_000, retryBaseMs: 10, maxAttempts: 3, portalUrl: 'http://127.0.0.1:3162' };

describe('scheduled report runs', () => {
  let test: TestDb;
  let scheduleId: string;
  const smtpPromise = startSmtpReceiver(3163);

  beforeAll(async () => {
    test = createTestDb('report-runs');
    process.env.SMTP_URL = (await smtpPromise).url;
    const partner = await test.db.partner.create({ data: { slug: 'p', name: 'P' } });
    const tenant = await test.db.tenant.create({ data: { partnerId: partner.id, slug: 't', name: 'T' } });
    const dashboard = await test.db.dashboard.create({ data: { partnerId: partner.id, tenantId: tenant.id, title: 'D', layout: { widgets: [] } } });
    scheduleId = (
      await test.db.scheduledReport.create({
        data: { tenantId: tenant.id, dashboardId: dashboard.id, name: 'S', cron: '0 8 * * *', recipients: ['a@example.com'], format: 'csv', nextRunAt: new Date(Date.now() - 60_000) },
      })
    ).id;
  });
  afterAll(async () => {
    await (await smtpPromise).close();
    await test?.drop();
  });

  it('queues one run per due slot however many workers race for it, and moves the schedule on', async () => {
    const results = await Promise.all([enqueueDueRuns(test.db), enqueueDueRuns(test.db), enqueueDueRuns(test.db)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await test.db.reportRun.count({ where: { scheduledReportId: scheduleId } })).toBe(1);
    const schedule = await test.db.scheduledReport.findUniqueOrThrow({ where: { id: scheduleId } });
    expect(schedule.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await enqueueDueRuns(test.db)).toBe(0);
  });

  it('lets exactly one worker claim a run', async () => {
    const claims = await Promise.all([claimRun(test.db, { ...options, workerId: 'a' }), claimRun(test.db, { ...options, workerId: 'b' })]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('retries a run that failed before sending, with backoff, and gives up after the last attempt', async () => {
    const run = await test.db.reportRun.findFirstOrThrow({ where: { scheduledReportId: scheduleId } });
    await test.db.reportRun.update({ where: { id: run.id }, data: { leaseUntil: new Date(0) } }); // the claim above "crashed"
    const claim = await claimRun(test.db, options);
    // Nothing listens on the portal URL: fetching the CSV fails, so nothing is sent and the run is retried.
    expect(await deliverRun(test.db, claim!, options)).toBe('failed');
    const failed = await test.db.reportRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(failed).toMatchObject({ status: 'failed', messageId: null, leaseOwner: null });
    expect(failed.error).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await deliverRun(test.db, (await claimRun(test.db, options))!, options)).toBe('dead');
    expect(await test.db.webhookEvent.count({ where: { type: 'report.failed' } })).toBe(1);
    expect((await smtpPromise).mails).toHaveLength(0);
  });

  it('never sends again a run whose worker died while sending', async () => {
    const run = await test.db.reportRun.create({ data: { scheduledReportId: scheduleId, scheduledFor: new Date('2026-01-05T08:00:00Z') } });
    // The state a worker leaves when killed between committing the Message-ID and recording "sent".
    await test.db.reportRun.update({ where: { id: run.id }, data: { status: 'running', messageId: `<report-run-${run.id}@localhost>`, leaseOwner: 'dead-worker', leaseUntil: new Date(Date.now() - 1) } });
    const claim = await claimRun(test.db, options);
    expect(claim?.id).toBe(run.id);
    expect(await deliverRun(test.db, claim!, options)).toBe('dead');
    const after = await test.db.reportRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe('dead');
    expect(after.error).toMatch(/not sent again automatically/);
    expect((await smtpPromise).mails).toHaveLength(0);
  });
});
