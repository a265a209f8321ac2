export { createHandlers } from './handlers';
export type { HostPorts } from './ports';
