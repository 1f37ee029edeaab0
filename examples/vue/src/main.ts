/**
 * A Vue host: the elements used directly from render functions (no runtime template compiler, so no eval),
 * with Vue listening to the typed events (the library's event classes). Vue sets known properties (token, tokenProvider, apiBase) as
 * element properties.
 */
import '../../../widgets/src/index.ts';
import { createApp, defineComponent, h, onMounted, ref } from 'vue';
import type { StratumDrillEvent, StratumFilterChangeEvent, StratumRenderCompleteEvent } from '../../../widgets/src/index.ts';
import { fetchDemoToken, type DemoToken } from '../../shared/demo-token.js';

const tenant = new URLSearchParams(window.location.search).get('tenant') ?? undefined;

const App = defineComponent({
  setup() {
    const demo = ref<DemoToken | null>(null);
    const problem = ref<string | null>(null);
    const events = ref<string[]>([]);
    const log = (line: string) => (events.value = [...events.value.slice(-11), line]);
    onMounted(() => fetchDemoToken(tenant).then((value) => (demo.value = value), (error: unknown) => (problem.value = String(error))));
    const tokenProvider = async () => (await fetchDemoToken(tenant)).token;

    return () =>
      h('div', [
        h('header', { class: 'site-header' }, [
          h('div', { class: 'brand' }, [h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'M'), ' Meridian Media']),
          h('nav', { class: 'site-nav', 'aria-label': 'Client area' }, [h('ul', [h('li', [h('a', { href: './', 'aria-current': 'page' }, 'Overview')]), h('li', [h('a', { href: '#billing' }, 'Billing')])])]),
        ]),
        h('main', [
          h('section', { class: 'page-intro' }, [h('h1', 'Marketing overview'), h('p', 'A Vue 3 app embedding the dashboard as custom elements.')]),
          problem.value ? h('p', { class: 'demo-problem', role: 'alert' }, `The demo needs the portal with its demo data (${problem.value}).`) : null,
          h('div', { class: 'layout' }, [
            demo.value
              ? h('stratum-embed', { apiBase: demo.value.apiBase, token: demo.value.token, tokenProvider, today: demo.value.today }, [
                  h('stratum-dashboard', {
                    dashboard: demo.value.dashboards[0]?.id ?? '',
                    'onStratum-filter-change': (event: StratumFilterChangeEvent) =>
                      log(`stratum-filter-change: ${event.detail.preset}, ${event.detail.range.from} → ${event.detail.range.to}, channels: ${event.detail.channels.join(',') || 'all'}`),
                    'onStratum-drill': (event: StratumDrillEvent) => log(`stratum-drill: ${event.detail.dimension} ${event.detail.label}`),
                    'onStratum-render-complete': (event: StratumRenderCompleteEvent) => {
                      if (event.detail.widget === 'stratum-dashboard') log(`stratum-render-complete: dashboard in ${event.detail.durationMs} ms, ${event.detail.widgets?.length ?? 0} widgets`);
                    },
                  }),
                ])
              : h('p', { role: 'status' }, 'Connecting…'),
            h('aside', { class: 'account', 'aria-label': 'Events received by Vue' }, [
              h('h2', 'Events received by Vue'),
              h('ol', { class: 'event-log', 'data-testid': 'event-log' }, events.value.map((line, index) => h('li', { key: index }, line))),
            ]),
          ]),
        ]),
      ]);
  },
});

createApp(App).mount('#app');
