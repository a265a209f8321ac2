import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Cancelled, PackageVerification, Reply } from '../../core';
import { readRegularFile } from '../files/read';
import type { AppHost, Place } from './host';
import { ERR, fail, ok } from './reply';

/** Trust anchors for the chain level: `--ca` files (PEM bundle or DER) and an offline copy of the AgID trusted list. */
export interface TrustSources {
  readonly ca?: readonly Place[];
  readonly trustedList?: Place;
}

const MAX_ANCHOR_BYTES = 16 * 1024 * 1024;

const TRUST_MESSAGES = {
  CA_NON_LEGGIBILE: 'Il file indicato con --ca non contiene certificati leggibili (PEM o DER): controlla il file.',
  ELENCO_NON_LEGGIBILE: "L'elenco di fiducia non è un XML leggibile: scarica di nuovo l'elenco AgID (TSL-IT).",
  ELENCO_NON_VALIDO: "Il file indicato non è un elenco di fiducia ETSI TS 119 612: scarica l'elenco AgID (TSL-IT).",
  ELENCO_TROPPO_GRANDE: "L'elenco di fiducia è troppo grande per essere un elenco AgID: controlla il file.",
} as const;

/** The anchors, or a refusal naming the file that cannot be used (nothing is verified against half a list). */
async function anchorsOf(host: AppHost, trust: TrustSources): Promise<Reply<{ anchors: Uint8Array[]; source?: 'ca' | 'elenco-fiducia' }>> {
  const anchors: Uint8Array[] = [];
  const { readCertificateFile, parseTrustedList } = await import('../sign');
  const read = async (place: Place) => {
    const where = await host.locate(place, 'certificato', 'read');
    if (!where.ok || 'cancelled' in where) return null;
    const r = await readRegularFile(where.path, MAX_ANCHOR_BYTES, { followLinks: where.followLinks });
    return r.ok ? r.bytes : null;
  };
  for (const place of trust.ca ?? []) {
    const bytes = await read(place);
    const r = bytes ? readCertificateFile(bytes) : ({ ok: false, code: 'CA_NON_LEGGIBILE' } as const);
    if (!r.ok) return fail(r.code, TRUST_MESSAGES[r.code]);
    anchors.push(...r.certificates);
  }
  if (trust.trustedList) {
    const bytes = await read(trust.trustedList);
    const r = bytes ? parseTrustedList(bytes) : ({ ok: false, code: 'ELENCO_NON_LEGGIBILE' } as const);
    if (!r.ok) return fail(r.code, TRUST_MESSAGES[r.code]);
    anchors.push(...r.anchors.map((a) => a.der));
  }
  const source = trust.trustedList ? 'elenco-fiducia' : trust.ca?.length ? 'ca' : undefined;
  return ok({ anchors, ...(source ? { source } : {}) });
}

/**
 * «Verifica pacchetto» and `proposta verify`: a report by levels, never an exception, whatever the file
 * (a hostile ZIP, a FIFO, a folder, a `.zip.p7m`); the private temporary folder of the check is always removed.
 */
export async function verifyPackageAt(host: AppHost, source: Place, trust: TrustSources = {}): Promise<Reply<{ name: string; report: PackageVerification } | Cancelled>> {
  const where = await host.locate(source, 'pacchetto', 'read');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  if (!where.followLinks && (await lstat(where.path).catch(() => null))?.isSymbolicLink()) return ERR.unreadable();
  const anchors = await anchorsOf(host, trust);
  if (!anchors.ok) return anchors;
  // Loaded on first use: the window opens without the verifier and the signature code.
  const [{ verifyPackage }, { signatureAssessors }] = await Promise.all([import('../package/verify'), import('../package/tools')]);
  const report = await verifyPackage(where.path, signatureAssessors, {
    profile: host.profile, now: host.now(), anchors: anchors.value.anchors, ...(anchors.value.source ? { anchorSource: anchors.value.source } : {}),
  });
  return ok({ name: basename(where.path), report });
}
