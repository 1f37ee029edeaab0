export interface DemoToken {
  token: string;
  apiBase: string;
  tenant: { id?: string; slug?: string; name?: string };
  dashboards: { id: string; title: string }[];
  today?: string;
}
export function fetchDemoToken(tenant: string | undefined): Promise<DemoToken>;
