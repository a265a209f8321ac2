import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Cancelled, PackageVerification, Reply } from '../../core';
import type { AppHost, Place } from './host';
import { ERR, ok } from './reply';

/**
 * «Verifica pacchetto» and `proposta verify`: a report, never an exception, whatever the file (a
 * hostile ZIP, a FIFO, a folder); the private temporary folder of the check is always removed.
 */
export async function verifyPackageAt(host: AppHost, source: Place): Promise<Reply<{ name: string; report: PackageVerification } | Cancelled>> {
  const where = await host.locate(source, 'pacchetto', 'read');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  if (!where.followLinks && (await lstat(where.path).catch(() => null))?.isSymbolicLink()) return ERR.unreadable();
  // Loaded on first use: the window opens without the verifier and the signature code.
  const [{ verifyPackage }, { signatureVerifiers }] = await Promise.all([import('../package/verify'), import('../package/tools')]);
  const report = await verifyPackage(where.path, signatureVerifiers, { profile: host.profile, now: host.now() });
  return ok({ name: basename(where.path), report });
}
