import { basename } from 'node:path';
import type { RecentItem, Reply } from '../../core';
import type { AppHost } from './host';
import { ok } from './reply';

/** The recent files this host may use (serve: only its folder's), with vanished ones dropped and named. */
export async function listRecent(host: AppHost): Promise<Reply<{ items: RecentItem[]; dropped: string[] }>> {
  const s = host.session;
  if (!s) return ok({ items: [], dropped: [] });
  const { kept, dropped } = await s.recent.prune();
  const items = kept.filter((e) => host.allows(e.path)).map((e) => ({ id: e.id, name: basename(e.path), folder: host.folderShown(e.path) }));
  return ok({ items, dropped });
}
