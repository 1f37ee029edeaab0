export const KIND_LABELS = { template: 'Template', integration: 'Integration', solution: 'Partner solution', community: 'Community' } as const;
export const CATEGORY_LABELS: Record<string, string> = {
  dashboards: 'Dashboards',
  integrations: 'Integrations',
  solutions: 'Solutions',
  crm: 'CRM',
  ecommerce: 'E-commerce',
  'lead-gen': 'Lead generation',
  'paid-social': 'Paid social',
  search: 'Search',
  email: 'Email',
  attribution: 'Attribution',
  reporting: 'Reporting',
  automation: 'Automation',
  'data-quality': 'Data quality',
  'agency-ops': 'Agency operations',
};
export const PRICING_LABELS: Record<string, string> = { free: 'Free', paid: 'Paid' };
export const SORT_LABELS = { relevance: 'Best match', installs: 'Most installed', rating: 'Highest rated', newest: 'Newest' } as const;
export const SCOPE_LABELS = { partner: 'Agency', tenant: 'One client', all_clients: 'All clients (incl. future)' } as const;
