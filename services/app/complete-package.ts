import { basename } from 'node:path';
import type { Cancelled, Reply } from '../../core';
import { readRegularFile } from '../files/read';
import type { AppHost, Place } from './host';
import { outputPolicy, preflight, writeOutput } from './output';
import { fail, ok } from './reply';

/** A signed manifest or dossier is at most the size of a dossier. */
const MAX_SIGNED_BYTES = 256 * 1024 * 1024;

export interface CompleteRequest {
  /** The package made without signature. */
  readonly source: Place;
  /** The files signed with the card's software: manifest.json.p7m and/or the signed dossier.pdf. */
  readonly signed: readonly Place[];
  readonly target: Place;
  readonly overwrite?: boolean;
}

/**
 * «Completa con i file firmati» and `proposta package --completa`: the final package, only when each
 * signed file signs exactly the packaged bytes; a refusal has a stable code and changes no file.
 */
export async function completePackageAt(host: AppHost, req: CompleteRequest): Promise<Reply<{ name: string; handle: string | null; signedFiles: string[] } | Cancelled>> {
  if (req.signed.length === 0 || req.signed.length > 2) return fail('FIRMATI_MANCANTI', 'Indica il manifesto firmato (.p7m) e/o il dossier PDF firmato.');
  const source = await host.locate(req.source, 'pacchetto', 'read');
  if (!source.ok || 'cancelled' in source) return source.ok ? ok({ cancelled: true as const }) : source;
  const signed: Array<{ name: string; bytes: Uint8Array; path: string }> = [];
  for (const place of req.signed) {
    const where = await host.locate(place, 'firmato', 'read');
    if (!where.ok || 'cancelled' in where) return where.ok ? ok({ cancelled: true as const }) : where;
    const r = await readRegularFile(where.path, MAX_SIGNED_BYTES, { followLinks: where.followLinks });
    if (!r.ok) return fail('FIRMATO_NON_LEGGIBILE', `Il file firmato «${basename(where.path)}» non si legge (non esiste, non è un file normale o è troppo grande).`);
    signed.push({ name: basename(where.path), bytes: r.bytes, path: where.path });
  }
  const target = await host.locate(req.target, 'pacchetto', 'write');
  if (!target.ok || 'cancelled' in target) return target.ok ? ok({ cancelled: true as const }) : target;
  const inputs = [source.path, ...signed.map((s) => s.path)];
  const confirmed = target.confirmed || req.overwrite === true;
  const pre = await preflight(target.path, await outputPolicy(host, confirmed, inputs));
  if (!pre.ok) return pre;
  let handle: string | null = null;
  const { completePackage } = await import('../package/complete');
  const r = await completePackage(source.path, signed, async (zip) => {
    const w = await writeOutput(host, target.path, zip, await outputPolicy(host, confirmed, inputs));
    if (!w.ok) return w;
    handle = w.value.handle;
    return { ok: true as const };
  }, host.now());
  if (!r.ok) return fail(r.code, r.file ? `${r.file}: ${r.message}` : r.message);
  return ok({ name: basename(target.path), handle, signedFiles: r.signedFiles });
}
