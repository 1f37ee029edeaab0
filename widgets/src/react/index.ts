/**
 * React wrappers for every element, made with @lit/react's createComponent: props map to element properties,
 * and the typed events are `on…` callbacks. Importing this module also registers the elements.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../index.js';
import { StratumChart } from '../components/chart/chart.js';
import { StratumDashboard } from '../components/dashboard/dashboard.js';
import { StratumEmbed } from '../components/embed/embed.js';
import { StratumKpi } from '../components/kpi/kpi.js';
import { StratumSignalHealth } from '../components/signal-health/signal-health.js';
import { StratumTable } from '../components/table/table.js';
import type {
  StratumDrilledEvent,
  StratumDrillEvent,
  StratumErrorEvent,
  StratumFilterChangeEvent,
  StratumRenderCompleteEvent,
  StratumSelectEvent,
  StratumTokenExpiringEvent,
} from '../core/events.js';

const widgetEvents = {
  onRenderComplete: 'stratum-render-complete' as EventName<StratumRenderCompleteEvent>,
  onError: 'stratum-error' as EventName<StratumErrorEvent>,
};

export const StratumEmbedReact = createComponent({
  tagName: 'stratum-embed',
  elementClass: StratumEmbed,
  react: React,
  events: { onTokenExpiring: 'stratum-token-expiring' as EventName<StratumTokenExpiringEvent> },
});

export const StratumDashboardReact = createComponent({
  tagName: 'stratum-dashboard',
  elementClass: StratumDashboard,
  react: React,
  events: {
    ...widgetEvents,
    onFilterChange: 'stratum-filter-change' as EventName<StratumFilterChangeEvent>,
    onDrill: 'stratum-drill' as EventName<StratumDrillEvent>,
    onDrilled: 'stratum-drilled' as EventName<StratumDrilledEvent>,
  },
});

export const StratumKpiReact = createComponent({ tagName: 'stratum-kpi', elementClass: StratumKpi, react: React, events: widgetEvents });

export const StratumChartReact = createComponent({
  tagName: 'stratum-chart',
  elementClass: StratumChart,
  react: React,
  events: { ...widgetEvents, onSelect: 'stratum-select' as EventName<StratumSelectEvent> },
});

export const StratumTableReact = createComponent({
  tagName: 'stratum-table',
  elementClass: StratumTable,
  react: React,
  events: { ...widgetEvents, onSelect: 'stratum-select' as EventName<StratumSelectEvent> },
});

export const StratumSignalHealthReact = createComponent({ tagName: 'stratum-signal-health', elementClass: StratumSignalHealth, react: React, events: widgetEvents });

export {
  StratumEmbedReact as StratumEmbed,
  StratumDashboardReact as StratumDashboard,
  StratumKpiReact as StratumKpi,
  StratumChartReact as StratumChart,
  StratumTableReact as StratumTable,
  StratumSignalHealthReact as StratumSignalHealth,
};
