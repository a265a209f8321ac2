import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MODULE_NAME, WORKSPACE_NAME, type Reply } from '../../core';
import type { AppHost } from './host';
import { ok } from './reply';

export interface WorkspaceFile {
  readonly name: string;
  readonly size: number;
  readonly modified: string;
}

/**
 * The proposals and the Comuni's modules of the workspace folder (`proposta serve`): regular files with such a name.
 * Links (dangling or not, they could lead outside), folders and FIFOs are left out, one by one:
 * an odd entry never hides the others.
 */
export async function listWorkspace(host: AppHost): Promise<Reply<{ files: WorkspaceFile[] }>> {
  const dir = host.workspace;
  if (!dir) return ok({ files: [] });
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => WORKSPACE_NAME.test(n) || MODULE_NAME.test(n)).sort();
  const found = await Promise.all(names.map(async (name): Promise<WorkspaceFile | null> => {
    const st = await lstat(join(dir, name)).catch(() => null);
    return st?.isFile() ? { name, size: st.size, modified: st.mtime.toISOString() } : null;
  }));
  return ok({ files: found.filter((f): f is WorkspaceFile => f !== null) });
}
