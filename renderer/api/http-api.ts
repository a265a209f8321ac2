import { CHANNELS, type Api, type Reply } from '../../core';

const TOKEN_KEY = 'proposta-token';

/** The token of `proposta serve` travels in the URL fragment once, then lives in this tab only. */
function token(): string {
  const m = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const OFFLINE: Reply<never> = {
  ok: false,
  error: { code: 'SERVER_NON_RAGGIUNGIBILE', message: 'Proposta non risponde: controlla che «proposta serve» sia ancora in esecuzione, poi riprova.' },
};

/** `window.api` over HTTP, for `proposta serve`: the same channels as the preload bridge. */
export function httpApi(): Api {
  const secret = token();
  const call = async (channel: string, req: unknown): Promise<Reply<unknown>> => {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Proposta-Token': secret },
        body: JSON.stringify(req),
      });
      return (await res.json()) as Reply<unknown>;
    } catch {
      return OFFLINE;
    }
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (req: unknown) => call(c, req)])) as unknown as Api;
}
