import Link from 'next/link';

const FEATURES = [
  {
    title: 'Your brand, not ours',
    body: 'Dashboards, recommendations and a copilot that carry your agency’s colours, fonts and name — in your product and in client reports.',
  },
  {
    title: 'Embeds in any page',
    body: 'Web components that work in plain HTML, React, Vue or a strict-CSP page. One script tag, a short-lived signed token, done.',
  },
  {
    title: 'Tenant-safe by construction',
    body: 'Every request is scoped to one client and its row filters inside the query itself. A bad or expired token gets a 401 and no data.',
  },
  {
    title: 'Recommendations you can trust',
    body: 'Budget, A/B and anomaly recommendations with confidence and expected impact — held back when tracking quality is too low to trust.',
  },
];

const EXAMPLES = [
  { href: '/examples/plain-html/', label: 'Plain HTML' },
  { href: '/examples/react/', label: 'React' },
  { href: '/examples/vue/', label: 'Vue' },
  { href: '/examples/strict-csp/', label: 'Strict CSP' },
];

export default function HomePage() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4">
          <span className="text-lg font-semibold tracking-tight">Stratum</span>
          <nav aria-label="Main" className="flex items-center gap-6 text-sm text-slate-600">
            <Link href="/examples/" className="hover:text-slate-900">
              Examples
            </Link>
            <Link href="/api/embed/v1/health" className="hover:text-slate-900">
              API status
            </Link>
            <Link href="/signin" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
              Sign in
            </Link>
          </nav>
        </div>
      </header>

      <main className="flex-1">
        <section className="mx-auto max-w-6xl px-6 pt-20 pb-16">
          <p className="text-sm font-medium text-brand-600">Embedded marketing analytics for agencies</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
            Give every client a reporting product that looks like you built it.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-600">
            Run your clients, themes, embed keys and marketplace listings from one portal. Embed live dashboards, recommendations and a
            copilot in any site with a script tag and a signed token.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/signin" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Sign in to the portal
            </Link>
            <Link href="/examples/plain-html/" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
              See an embed example
            </Link>
          </div>
        </section>

        <section aria-labelledby="features" className="border-t border-slate-200 bg-white">
          <div className="mx-auto max-w-6xl px-6 py-14">
            <h2 id="features" className="sr-only">
              What you get
            </h2>
            <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
              {FEATURES.map((f) => (
                <li key={f.title}>
                  <h3 className="text-base font-semibold text-slate-900">{f.title}</h3>
                  <p className="mt-2 text-sm leading-6 text-slate-600">{f.body}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="examples" className="mx-auto max-w-6xl px-6 py-14">
          <h2 id="examples" className="text-xl font-semibold">
            Host-page examples
          </h2>
          <p className="mt-2 text-sm text-slate-600">The same widgets, embedded four ways. Each gets a short-lived demo token.</p>
          <ul className="mt-6 flex flex-wrap gap-3">
            {EXAMPLES.map((e) => (
              <li key={e.href}>
                <a href={e.href} className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:border-brand-500 hover:text-brand-700">
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>

      <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500">Stratum partner portal</footer>
    </div>
  );
}
