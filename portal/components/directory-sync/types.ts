import type { ActionResult } from '../forms/use-action-form';

export type ScimRoleOption = 'admin' | 'analyst' | 'viewer';

export interface DirectoryView {
  id: string;
  name: string;
  defaultRole: ScimRoleOption;
  groupRoleMap: Record<string, ScimRoleOption>;
  lastSyncAt: string | null;
  createdAt: string;
  groups: { id: string; displayName: string; memberCount: number }[];
  users: { id: string; userName: string; email: string; active: boolean; role: string | null }[];
}

export interface DirectoryActions {
  rotate: (input: { partnerSlug: string; directoryId: string }) => Promise<ActionResult<{ id: string; token: string }>>;
  map: (input: { partnerSlug: string; directoryId: string; group: string; role: string }) => Promise<ActionResult<null>>;
  unmap: (input: { partnerSlug: string; directoryId: string; group: string }) => Promise<ActionResult<null>>;
  remove: (input: { partnerSlug: string; directoryId: string }) => Promise<ActionResult<null>>;
}
