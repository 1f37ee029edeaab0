/**
 * The AI benchmarks in one command, on a production build:
 *
 *   npm run build            # once (or NEXT_DIST_DIR=… for a build elsewhere, passed through to the portal)
 *   npx tsx bench/ai/run.ts  # = npm run bench:ai
 *
 * It starts a production portal with freshly seeded demo data on BENCH_AI_PORT (default 3146; its two IdPs on the next
 * ports) in its own data directory (.stratum/bench-ai), runs the copilot's time-to-first-token bench over HTTP against
 * it and the same bench in process on the same database, stops the portal, and writes
 * bench/results/ai-copilot-ttft.json and ai-copilot-engine-ttft.json (each with the machine's load average).
 * Exit code 1 when a median misses the 150 ms budget. BENCH_AI_RUNS sets the timed turns per bench (default 80).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';

const port = Number(process.env.BENCH_AI_PORT ?? 3146);
const runs = process.env.BENCH_AI_RUNS ?? '80';
const dataDir = path.resolve('.stratum/bench-ai');
const portalUrl = `http://localhost:${port}`;
const env = { ...process.env, E2E_PORT: String(port), E2E_IDP_PORT: String(port + 1), E2E_SAML_IDP_PORT: String(port + 2), E2E_DATA_DIR: dataDir, E2E_RESEED: '1' };

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

async function waitForPortal(child: ChildProcess): Promise<void> {
  const until = Date.now() + 300_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the portal exited (${child.exitCode}); is there a current build? (npm run build)`);
    const ok = await fetch(`${portalUrl}/api/embed/v1/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the portal did not answer at ${portalUrl} within 5 minutes`);
}

function run(label: string, args: string[], extraEnv: Record<string, string>): number {
  console.log(`\n▶ ${label} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status ?? 1;
}

// The portal and its seed: the same server the end-to-end suite uses (scripts/e2e-server.ts), in its own group.
const portal = spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stop(portal);
    process.exit(130);
  });
}
let failed = 0;
try {
  await waitForPortal(portal);
  failed += run('copilot TTFT over HTTP', ['--import', 'tsx', 'bench/ai/copilot-ttft.ts', runs], { PORTAL_URL: portalUrl });
  failed += run('copilot TTFT in process', ['--conditions=react-server', '--import', 'tsx', 'bench/ai/copilot-engine-ttft.ts', runs], { DATABASE_URL: `file:${path.join(dataDir, 'stratum.db')}` });
} finally {
  stop(portal);
}
process.exitCode = failed ? 1 : 0;
