/**
 * The contents of an extracted package: every file against the manifest and SHA256SUMS, the
 * signatures of the manifest and of the dossier by levels, the attachments declared signed, and the
 * packaged proposal. Never throws on a hostile file: a huge entry is refused by {@link readEntry}.
 */
import { readFile } from 'node:fs/promises';
import { packagedAttachmentName, parseJsonSafely, parseProposalText, validateManifest, type PackageManifest, type Proposal } from '../../core';
import type { SignedFileReport, TrustContext } from '../sign/levels/types';
import { DOSSIER_PDF, MANIFEST_NAME, sha256sums, SIGNATURE_NAME, SIGNED_MANIFEST_NAME, SUMS_NAME, UNLISTED } from './manifest';
import type { Problem, SignatureAssessors, VerifyOptions } from './verify-types';
import type { ExtractedEntry } from './zip-read';

/** Largest file of a package that is read into memory (manifest, sums, signatures, proposal, dossier, signed attachments). */
const MAX_READ = 64 * 1024 * 1024;

export async function readEntry(e: ExtractedEntry): Promise<Buffer> {
  if (e.size > MAX_READ) throw new TypeError(`troppo grande: ${e.name}`);
  return readFile(e.path);
}

export interface ContentsResult {
  readonly problems: Problem[];
  readonly signed: SignedFileReport[];
  readonly manifest?: PackageManifest;
  /** The legal representative's codice fiscale in the packaged proposal. */
  readonly expectedFiscalCode?: string;
  /** The signer of the manifest, for the short line of the report. */
  readonly signer?: { nome?: string; codiceFiscale?: string };
}

const altered = (file: string): Problem => ({ codice: 'FILE_ALTERATO', file, messaggio: `Il file «${file}» è stato modificato dopo la creazione del pacchetto (l'impronta SHA-256 non corrisponde).` });
const missing = (file: string, what = 'elencato nel manifesto'): Problem => ({ codice: 'FILE_MANCANTE', file, messaggio: `Il file «${file}» ${what} manca dal pacchetto.` });
const unsigned = (file: string, format: SignedFileReport['format']): SignedFileReport => ({
  file, format, readable: true, signers: [],
  problems: [{ level: 'firma', outcome: 'non-fidato', code: 'NON_FIRMATO', message: 'Il file non è firmato.' }],
});

/** `sha256sum` lines: "<hex>  <name>". */
function parseSums(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const r = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (r?.[1] && r[2]) map.set(r[2], r[1]);
  }
  return map;
}

/** The legal representative's codice fiscale, from the packaged proposal (the signer is compared with it). */
async function packagedProposal(files: Map<string, ExtractedEntry>, m: PackageManifest, problems: Problem[], opts: VerifyOptions): Promise<Proposal | undefined> {
  const entry = files.get('proposal.json');
  if (!entry) return void problems.push(missing('proposal.json', 'della proposta'));
  const r = parseProposalText((await readEntry(entry)).toString('utf8'), { profile: opts.profile, now: opts.now });
  if (!r.ok) return void problems.push({ codice: r.error.code, file: 'proposal.json', messaggio: r.error.message });
  // The submission window may have closed since the package was made: that is not a fault of the package.
  for (const i of r.issues.filter((x) => x.severity === 'errore' && x.code !== 'SPORTELLO_CHIUSO')) problems.push({ codice: i.code, file: 'proposal.json', messaggio: i.message });
  if (r.doc.id !== m.proposta || r.doc.avviso.id !== m.avviso.id) problems.push({ codice: 'MANIFESTO_INCOERENTE', file: MANIFEST_NAME, messaggio: 'Il manifesto non corrisponde alla proposta contenuta nel pacchetto.' });
  return r.doc;
}

/** The dossier as listed (before its PAdES revisions), or the dossier itself in the packages made before. */
async function dossierMatches(entry: ExtractedEntry, listed: string, assessors: SignatureAssessors): Promise<boolean> {
  if (entry.sha256 === listed) return true;
  const { createHash } = await import('node:crypto');
  const bytes = await readEntry(entry);
  // Each %%EOF ends a revision: the listed dossier is one of them, followed by signatures only.
  const { revisionEnds } = await import('../sign/pdf-revisions');
  for (const end of revisionEnds(bytes)) {
    if (end < bytes.length && createHash('sha256').update(bytes.subarray(0, end)).digest('hex') === listed) return assessors.extendsOriginal(bytes.subarray(0, end), bytes);
  }
  return false;
}

export async function checkContents(files: Map<string, ExtractedEntry>, assessors: SignatureAssessors, opts: VerifyOptions): Promise<ContentsResult> {
  const problems: Problem[] = [];
  const manifestEntry = files.get(MANIFEST_NAME);
  if (!manifestEntry) return { problems: [{ codice: 'MANIFESTO_MANCANTE', file: MANIFEST_NAME, messaggio: 'Il pacchetto non contiene manifest.json: non è un pacchetto di Proposta.' }], signed: [] };
  const manifestBytes = await readEntry(manifestEntry);
  const parsed = parseJsonSafely(manifestBytes.toString('utf8'));
  const m = parsed.ok ? validateManifest(parsed.value) : null;
  if (!m) return { problems: [{ codice: 'MANIFESTO_NON_VALIDO', file: MANIFEST_NAME, messaggio: 'manifest.json è illeggibile o non ha la forma prevista: il pacchetto è stato alterato.' }], signed: [] };

  const doc = await packagedProposal(files, m, problems, opts);
  const ctx: TrustContext = { anchors: opts.anchors ?? [], ...(opts.anchorSource ? { anchorSource: opts.anchorSource } : {}), now: opts.now, ...(doc ? { expectedFiscalCode: doc.ente.legaleRappresentante.codiceFiscale } : {}) };

  // The manifest's signature: enveloping .p7m (whose content must be manifest.json), or the .p7s of older packages.
  const signed: SignedFileReport[] = [];
  const p7m = files.get(SIGNED_MANIFEST_NAME);
  const p7s = files.get(SIGNATURE_NAME);
  let manifestSigned = false;
  if (p7m) {
    const r = await assessors.p7m(SIGNED_MANIFEST_NAME, await readEntry(p7m), ctx);
    signed.push(r.report);
    manifestSigned = r.report.readable && r.report.signers.length > 0;
    if (r.content && !Buffer.from(r.content).equals(manifestBytes)) {
      problems.push({ codice: 'MANIFESTO_DIVERSO_DAL_FIRMATO', file: MANIFEST_NAME, messaggio: 'manifest.json non è il manifesto firmato in manifest.json.p7m: uno dei due è stato sostituito.' });
    }
  }
  if (p7s) {
    const r = await assessors.detached(SIGNATURE_NAME, manifestBytes, await readEntry(p7s), ctx);
    signed.push(r);
    manifestSigned ||= r.readable && r.signers.length > 0;
  }
  if (!p7m && !p7s) signed.push(unsigned(MANIFEST_NAME, 'cades-enveloping'));

  // Integrity: every listed file as the manifest says (the dossier may have gained PAdES revisions).
  const listed = new Set(m.file.map((f) => f.nome));
  const blamed = new Set<string>();
  for (const f of m.file) {
    const e = files.get(f.nome);
    if (!e) problems.push(missing(f.nome));
    else if (!(f.nome === DOSSIER_PDF ? await dossierMatches(e, f.sha256, assessors) : e.sha256 === f.sha256)) {
      problems.push(altered(f.nome));
      blamed.add(f.nome);
    }
  }
  for (const name of files.keys()) {
    if (!listed.has(name) && !(UNLISTED as readonly string[]).includes(name)) problems.push({ codice: 'FILE_NON_ELENCATO', file: name, messaggio: `Il file «${name}» non è elencato nel manifesto: è stato aggiunto dopo la creazione del pacchetto.` });
  }
  // SHA256SUMS is not signed: a file that differs from it is blamed only when nothing else explains it.
  const sumsEntry = files.get(SUMS_NAME);
  if (!sumsEntry) problems.push(missing(SUMS_NAME, 'con le impronte'));
  else {
    const sums = parseSums((await readEntry(sumsEntry)).toString('utf8'));
    const signatureFailed = (name: string) => signed.some((s) => s.file === name && (!s.readable || s.signers.some((x) => x.levels.some((l) => l.outcome === 'non-valido'))));
    let sumsWrong = false;
    for (const e of files.values()) {
      if (e.name === SUMS_NAME || sums.get(e.name) === e.sha256 || blamed.has(e.name)) continue;
      if (e.name === MANIFEST_NAME && !manifestSigned) {
        problems.push(altered(MANIFEST_NAME));
        blamed.add(MANIFEST_NAME);
      } else if ((e.name === SIGNED_MANIFEST_NAME || e.name === SIGNATURE_NAME) && signatureFailed(e.name)) {
        problems.push(altered(e.name));
        blamed.add(e.name);
      } else sumsWrong = true;
    }
    const expected = sha256sums([...files.values()].filter((e) => e.name !== SUMS_NAME).map((e) => ({ name: e.name, size: e.size, sha256: e.sha256 })));
    const sumsText = (await readEntry(sumsEntry)).toString('utf8');
    if (sumsWrong || (sumsText !== expected && !problems.some((p) => p.codice === 'FILE_ALTERATO' || p.codice === 'FILE_MANCANTE' || p.codice === 'FILE_NON_ELENCATO'))) problems.push(altered(SUMS_NAME));
  }

  // The dossier is always signed by the legal representative; attachments declared signed by whoever signed them.
  const pdf = files.get(DOSSIER_PDF);
  if (pdf) signed.push(await assessors.pdf(DOSSIER_PDF, await readEntry(pdf), ctx));
  for (const a of doc?.allegati.elenco.filter((x) => x.firmato) ?? []) {
    const name = packagedAttachmentName(a.nomeFile);
    const e = files.get(name);
    if (!e) continue; // already FILE_MANCANTE when listed
    const bytes = await readEntry(e);
    const attachmentCtx = { ...ctx, anySigner: true };
    const report = /\.p7m$/i.test(name) ? (await assessors.p7m(name, bytes, attachmentCtx)).report
      : /\.pdf$/i.test(name) ? await assessors.pdf(name, bytes, attachmentCtx) : undefined;
    // Its bytes are those of the manifest (integrity above): not signed, rather than damaged.
    if (report && report.readable && report.signers.length > 0) signed.push(report);
    else signed.push({ ...unsigned(name, report?.format ?? 'pades'), problems: [{ level: 'firma', outcome: 'non-fidato', code: 'ALLEGATO_NON_FIRMATO', message: "L'allegato è dichiarato firmato nella proposta ma non è un PDF firmato (PAdES) né un file .p7m firmato." }] });
  }
  const first = signed.find((s) => s.file === SIGNED_MANIFEST_NAME || s.file === SIGNATURE_NAME)?.signers[0];
  const signer = first ? { ...(first.name ? { nome: first.name } : {}), ...(first.fiscalCode ? { codiceFiscale: first.fiscalCode } : {}) } : undefined;
  return { problems, signed, manifest: m, ...(signer ? { signer } : {}), ...(ctx.expectedFiscalCode ? { expectedFiscalCode: ctx.expectedFiscalCode } : {}) };
}
