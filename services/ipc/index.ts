export { createHandlers } from './handlers';
export { desktopHost, workspaceHost, cliHost } from '../app/hosts';
export type { AppHost, FileKind } from '../app/host';
export { RecentList } from '../app/recent-list';
export { fail } from '../app/reply';
