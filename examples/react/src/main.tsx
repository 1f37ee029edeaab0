/**
 * A React host: the widgets through their @lit/react wrappers, the embed token from the demo endpoint (your
 * backend in real life), and a log of the typed events React receives.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchDemoToken, type DemoToken } from '../../shared/demo-token.js';
import { StratumDashboard, StratumEmbed } from '../../../widgets/src/react/index.ts';

const tenant = new URLSearchParams(window.location.search).get('tenant') ?? undefined;

function App() {
  const [demo, setDemo] = useState<DemoToken | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [events, setEvents] = useState<string[]>([]);
  const log = useCallback((line: string) => setEvents((previous) => [...previous.slice(-11), line]), []);

  useEffect(() => {
    fetchDemoToken(tenant).then(setDemo, (error: unknown) => setProblem(String(error)));
  }, []);
  const tokenProvider = useCallback(async () => (await fetchDemoToken(tenant)).token, []);

  return (
    <>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">B</span> Brightline Growth
        </div>
        <nav className="site-nav" aria-label="Client area">
          <ul>
            <li>
              <a href="./" aria-current="page">Dashboard</a>
            </li>
            <li>
              <a href="#invoices">Invoices</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <section className="page-intro">
          <h1>Campaign dashboard</h1>
          <p>A React app embedding the dashboard with the generated React wrappers.</p>
        </section>
        {problem ? <p className="demo-problem" role="alert">The demo needs the portal with its demo data ({problem}).</p> : null}
        <div className="layout">
          {demo ? (
            <StratumEmbed apiBase={demo.apiBase} token={demo.token} tokenProvider={tokenProvider} today={demo.today}>
              <StratumDashboard
                dashboard={demo.dashboards[0]?.id ?? ''}
                onFilterChange={(event) => log(`stratum-filter-change: ${event.detail.preset}, ${event.detail.range.from} → ${event.detail.range.to}, channels: ${event.detail.channels.join(',') || 'all'}`)}
                onDrill={(event) => log(`stratum-drill: ${event.detail.dimension} ${event.detail.label}`)}
                onRenderComplete={(event) => {
                  if (event.detail.widget === 'stratum-dashboard') log(`stratum-render-complete: dashboard in ${event.detail.durationMs} ms, ${event.detail.widgets?.length ?? 0} widgets`);
                }}
                onError={(event) => log(`stratum-error: ${event.detail.code}`)}
              />
            </StratumEmbed>
          ) : (
            <p role="status">Connecting…</p>
          )}
          <aside className="account" aria-label="Events received by React">
            <h2>Events received by React</h2>
            <ol className="event-log" data-testid="event-log">
              {events.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
          </aside>
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
