/** Starts the background worker (webhook delivery, scheduled reports) inside the portal's Node.js process. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startWorkerInPortal } = await import('./server/worker/start-in-portal.ts');
  startWorkerInPortal();
}
