import { basename } from 'node:path';
import type { Cancelled, Issue, Proposal, Reply } from '../../core';
import type { PackageResult } from '../package/create';
import type { SignerIdentity } from '../sign';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { chooseSigner, type CertificateChoice, type TokenChoice } from './signer';
import { outputPolicy, preflight, writeOutput } from './output';
import { ERR, fail, ok, type Failure } from './reply';

export type { TokenChoice } from './signer';

export interface PackageRequest {
  readonly doc: Proposal;
  /** The proposal's file (its folder holds the attachments): a handle of this session or, on the command line, a path. */
  readonly proposal: { readonly handle: string } | { readonly path: string };
  readonly target: Place;
  /** The certificate and a way to get its password (asked only once the certificate was read). */
  readonly certificate: CertificateChoice | null;
  /** Or a smart card: the PKCS#11 module chosen by the officer, the token, the certificate (CF or label), the PIN. */
  readonly token?: TokenChoice | null;
  /** Unsigned: also write the two files to sign with the card's software beside the package. */
  readonly toSignBeside?: boolean;
  readonly overwrite?: boolean;
}

export interface PackageMade {
  readonly name: string;
  readonly path: string;
  readonly handle: string | null;
  readonly signed: boolean;
  readonly files: number;
  readonly warnings: number;
  /** Names of the files to sign written beside the package (unsigned package with `toSignBeside`). */
  readonly toSign?: { readonly manifest: string; readonly pdf: string };
}

/** The files to sign beside P.zip: P-da-firmare-manifest.json and P-da-firmare-dossier.pdf. */
export function toSignNames(packagePath: string): { manifest: string; pdf: string } {
  const base = packagePath.replace(/\.zip$/i, '');
  return { manifest: `${base}-da-firmare-manifest.json`, pdf: `${base}-da-firmare-dossier.pdf` };
}

/** A failed packaging as a reply: its message with the attachments' problems, and the proposal's errors. */
const packageFailure = (r: { code: string; message: string; issues?: Issue[]; problems?: Array<{ message: string }> }): Failure =>
  fail(r.code, [r.message, ...(r.problems ?? []).map((p) => p.message)].join(' '), r.issues);

/**
 * «Crea pacchetto» and `proposta package`: the submission package, signed when a certificate is
 * given. The document is checked first; the ZIP is written carefully like any output (an existing
 * file only when confirmed, never the proposal or an attachment); an attachment that changes
 * while it is zipped stops the write with ALLEGATO_MODIFICATO and leaves nothing behind.
 */
export async function createPackageAt(host: AppHost, req: PackageRequest): Promise<Reply<PackageMade | Cancelled>> {
  const now = host.now();
  const checked = checkDocument(req.doc, { profile: host.profile, now, forOutput: true }, 'il pacchetto non è stato creato');
  if (!checked.ok) return checked;
  let proposalPath: string;
  if ('handle' in req.proposal) {
    const known = host.session?.files.get(req.proposal.handle);
    if (!known || known.kind !== 'proposta') return ERR.handle();
    proposalPath = known.path;
  } else proposalPath = req.proposal.path;

  const chosen = await chooseSigner(host, { certificate: req.certificate, token: req.token ?? null }, 'il pacchetto non è stato creato');
  if (!chosen.ok) return chosen;
  if (chosen.value && 'cancelled' in chosen.value) return ok(chosen.value);
  const signer = chosen.value;
  try {
    return await packageWith(host, req, proposalPath, signer?.signer, now);
  } finally {
    signer?.close();
  }
}

async function packageWith(host: AppHost, req: PackageRequest, proposalPath: string, signer: SignerIdentity | undefined, now: Date): Promise<Reply<PackageMade | Cancelled>> {
  const where = await host.locate(req.target, 'pacchetto', 'write');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const confirmed = where.confirmed || req.overwrite === true;
  const beside = !signer && req.toSignBeside ? toSignNames(where.path) : null;
  const pre = await preflight(where.path, await outputPolicy(host, confirmed, [proposalPath]));
  if (!pre.ok) return pre;
  for (const path of beside ? [beside.manifest, beside.pdf] : []) {
    const p = await preflight(path, await outputPolicy(host, confirmed, [proposalPath]));
    if (!p.ok) return p;
  }

  let handle: string | null = null;
  const write = async (zip: AsyncIterable<Uint8Array>, inputs: readonly string[]) => {
    const w = await writeOutput(host, where.path, zip, await outputPolicy(host, confirmed, inputs));
    if (!w.ok) return w;
    handle = w.value.handle;
    return { ok: true as const };
  };
  let r: PackageResult;
  try {
    const [{ createPackage }, { packageTools }] = await Promise.all([import('../package/create'), import('../package/tools')]);
    r = await createPackage({ doc: req.doc, proposalPath }, packageTools(host.profile, signer, now), { profile: host.profile, now }, write);
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    return fail('PACCHETTO_NON_CREATO', "Il pacchetto non è stato creato per un errore interno (dossier o firma): nessun file è stato scritto. Salva la proposta e segnala il problema.");
  }
  if (!r.ok) return packageFailure(r);
  if (beside && r.toSign) {
    // The package is written; the two files to sign are copies of its bytes, written as carefully.
    for (const [path, bytes] of [[beside.manifest, r.toSign.manifest], [beside.pdf, r.toSign.pdf]] as const) {
      const w = await writeOutput(host, path, bytes, await outputPolicy(host, confirmed, [proposalPath, where.path]));
      if (!w.ok) return w;
    }
  }
  return ok({
    name: basename(where.path), path: where.path, handle, signed: r.signed, files: r.files.length, warnings: r.warnings.length,
    ...(beside ? { toSign: { manifest: basename(beside.manifest), pdf: basename(beside.pdf) } } : {}),
  });
}
