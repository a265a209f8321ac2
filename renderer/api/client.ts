import type { Api } from '../../core';
import { httpApi } from './http-api';

declare global {
  interface Window {
    /** The preload bridge, present in the desktop app only. */
    readonly api?: Api;
  }
}

/** The one way the window talks to the rest of Proposta. */
export const api: Api = window.api ?? httpApi();
