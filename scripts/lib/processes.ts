import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion with inherited output; throws with the command line when it fails. */
export function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const children = new Set<ChildProcess>();

/** Starts a long-running child in its own process group, so that stopping it also stops what it spawned. */
export function startService(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function stopService(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its process group, when it leads one
  } catch {
    child.kill('SIGTERM');
  }
}

/** Stops every service this process started when it is asked to stop or exits. */
export function stopServicesOnExit(): void {
  const stopAll = () => children.forEach(stopService);
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stopAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
