import { basename } from 'node:path';
import type { Cancelled, Issue, Proposal, Reply } from '../../core';
import { readRegularFile } from '../files/read';
import type { PackageResult } from '../package/create';
import type { SignerIdentity } from '../sign';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { outputPolicy, preflight, writeOutput } from './output';
import { ERR, fail, ok, type Failure } from './reply';

/** A .p12 is a few kilobytes; anything this large is not one. */
const MAX_CERTIFICATE_BYTES = 1024 * 1024;

export interface PackageRequest {
  readonly doc: Proposal;
  /** The proposal's file (its folder holds the attachments): a handle of this session or, on the command line, a path. */
  readonly proposal: { readonly handle: string } | { readonly path: string };
  readonly target: Place;
  /** The certificate and a way to get its password (asked only once the certificate was read). */
  readonly certificate: { readonly place: Place; password(): Promise<string | null> } | null;
  /** Or a smart card: the PKCS#11 module chosen by the officer, the token, the certificate (CF or label), the PIN. */
  readonly token?: TokenChoice | null;
  /** Unsigned: also write the two files to sign with the card's software beside the package. */
  readonly toSignBeside?: boolean;
  readonly overwrite?: boolean;
}

export interface TokenChoice {
  /** A path the officer chose (a well-known module or a file): loading a module runs its native code. */
  readonly module: string;
  readonly token?: string;
  readonly certificate?: string;
  /** Asked once the token and certificate were found; never stored or logged. */
  pin(): Promise<string | null>;
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

async function signerFor(host: AppHost, cert: NonNullable<PackageRequest['certificate']>): Promise<Reply<SignerIdentity | Cancelled>> {
  const where = await host.locate(cert.place, 'certificato', 'read');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const bytes = await readRegularFile(where.path, MAX_CERTIFICATE_BYTES, { followLinks: where.followLinks });
  if (!bytes.ok) return fail('P12_NON_LEGGIBILE', 'Il certificato scelto non si può leggere (non esiste, non è un file normale o mancano i permessi): controlla il file e riprova.');
  const password = await cert.password();
  if (password === null) return fail('P12_PASSWORD_MANCANTE', 'Serve la password del certificato: il pacchetto non è stato creato.');
  // The signature code, the package and the renderers load on first use: the window opens without them.
  const { loadP12 } = await import('../sign');
  const loaded = loadP12(bytes.bytes, password, host.now());
  return loaded.ok ? ok(loaded.signer) : fail(loaded.code, loaded.message);
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

  let signer: SignerIdentity | undefined;
  let closeToken = () => undefined as void;
  if (req.certificate) {
    const s = await signerFor(host, req.certificate);
    if (!s.ok) return s;
    if ('cancelled' in s.value) return ok(s.value);
    signer = s.value;
  } else if (req.token) {
    const t = await tokenSigner(req.token);
    if (!t.ok) return t;
    signer = t.value;
    closeToken = () => t.value.close();
  }
  try {
    return await packageWith(host, req, proposalPath, signer, now);
  } finally {
    closeToken();
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

/** The signer on a smart card; the PIN is asked only once the module loaded and never leaves this call. */
async function tokenSigner(choice: TokenChoice): Promise<Reply<SignerIdentity & { close(): void }>> {
  const { openTokenSigner, describeModule } = await import('../sign/pkcs11');
  const { SignError, MESSAGES } = await import('../sign');
  try {
    // A module that does not load, or has no token, is said before the PIN is asked.
    await describeModule(choice.module);
    const pin = await choice.pin();
    if (pin === null || pin === '') return fail('PIN_MANCANTE', 'Serve il PIN della smart card: il pacchetto non è stato creato.');
    return ok(await openTokenSigner(choice.module, { ...(choice.token ? { token: choice.token } : {}), ...(choice.certificate ? { certificate: choice.certificate } : {}) }, pin));
  } catch (e) {
    if (e instanceof SignError) return fail(e.code, MESSAGES[e.code]);
    return fail('TOKEN_ERRORE', 'La smart card non ha risposto come previsto: controlla che sia inserita e riprova.');
  }
}
