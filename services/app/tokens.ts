import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Cancelled, Reply, TokenListing, TokenModule } from '../../core';
import type { AppHost } from './host';
import { fail, ok, type Failure } from './reply';

/**
 * The smart card's PKCS#11 module, as the window may name it. Loading a module runs its native code,
 * so the window sends only an id: `noto-…` for a well-known module found on this machine (the list
 * of services/sign), or the session handle of a file the officer chose with the desktop dialog.
 * `proposta serve` offers only the well-known ones.
 */
const knownId = (path: string): string => `noto-${createHash('sha256').update(path).digest('hex').slice(0, 16)}`;

const unknownModule = (): Failure => fail('MODULO_SCONOSCIUTO', 'Il modulo della smart card scelto non è più disponibile: sceglilo di nuovo dall\'elenco.');

export async function listModules(host: AppHost): Promise<Reply<{ modules: TokenModule[]; canPick: boolean }>> {
  const { installedModules } = await import('../sign/pkcs11');
  const modules = installedModules().map((m) => ({ id: knownId(m.path), label: m.label, file: basename(m.path) }));
  return ok({ modules, canPick: host.mode === 'desktop' });
}

/** Desktop: the officer chooses a module file; its path stays in this session behind a handle. */
export async function pickModule(host: AppHost): Promise<Reply<TokenModule | Cancelled>> {
  if (host.mode !== 'desktop' || !host.session) {
    return fail('SCELTA_NON_DISPONIBILE', 'Nel browser si usano solo i moduli delle smart card installati nei percorsi noti: usa l\'app desktop per sceglierne un altro.');
  }
  const where = await host.locate({ kind: 'dialog' }, 'modulo', 'read');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const id = host.session.files.register(where.path, 'modulo', null);
  return ok({ id, label: 'Modulo scelto', file: basename(where.path) });
}

/** The path behind a module id of the window, or a refusal. */
export async function modulePath(host: AppHost, id: string): Promise<Reply<string>> {
  if (id.startsWith('noto-')) {
    const { installedModules } = await import('../sign/pkcs11');
    const found = installedModules().find((m) => knownId(m.path) === id);
    return found ? ok(found.path) : unknownModule();
  }
  const known = host.session?.files.get(id);
  return known?.kind === 'modulo' && host.mode === 'desktop' ? ok(known.path) : unknownModule();
}

/** A SignError as a reply with its Italian message; anything else as TOKEN_ERRORE. */
export async function tokenFailure(e: unknown): Promise<Failure> {
  const { SignError, MESSAGES } = await import('../sign');
  if (e instanceof SignError) return fail(e.code, MESSAGES[e.code]);
  if (process.env.PROPOSTA_DEBUG) console.error(e);
  return fail('TOKEN_ERRORE', 'La smart card non ha risposto come previsto: controlla che sia inserita e riprova.');
}

/** The tokens of a module and the certificates on each that can sign; no PIN is needed to read them. */
export async function listTokens(host: AppHost, moduleId: string): Promise<Reply<{ tokens: TokenListing[] }>> {
  const path = await modulePath(host, moduleId);
  if (!path.ok) return path;
  const { describeModule } = await import('../sign/pkcs11');
  try {
    const found = await describeModule(path.value);
    return ok({
      tokens: found.map(({ token, certificates }) => ({
        label: token.label, manufacturer: token.manufacturer, model: token.model, serialNumber: token.serialNumber,
        pinPad: token.pinPad, pinFinalTry: token.pinFinalTry, pinLocked: token.pinLocked,
        certificates: certificates.filter((c) => c.canSign).map((c) => ({
          id: c.id, label: c.label, notAfter: c.notAfter.toISOString(), nonRepudiation: c.nonRepudiation,
          ...(c.holder ? { holder: c.holder } : {}), ...(c.fiscalCode ? { fiscalCode: c.fiscalCode } : {}),
        })),
      })),
    });
  } catch (e) {
    return tokenFailure(e);
  }
}
