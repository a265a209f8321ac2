import { join } from 'node:path';
import type { OpenSource, Reply } from '../../core';
import { ERR, ok } from './errors';
import type { HostPorts } from './ports';
import type { RecentList } from './recent';

/**
 * The path behind an open request: the officer's answer to a dialog, an entry of the recent list,
 * or a name in the workspace folder. Null when the dialog was cancelled.
 */
export async function resolveOpen(source: OpenSource, ports: HostPorts, recent: RecentList): Promise<Reply<string | null>> {
  switch (source.kind) {
    case 'dialog':
      return ports.pickOpen ? ok(await ports.pickOpen('proposta')) : ERR.noDialog();
    case 'recent': {
      const entry = recent.read().find((e) => e.id === source.id);
      return entry ? ok(entry.path) : ERR.recent();
    }
    case 'workspace':
      return ports.workspaceDir ? ok(join(ports.workspaceDir, source.name)) : ERR.noWorkspace();
  }
}
