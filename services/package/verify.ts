import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonSafely, parseProposalText, validateManifest, type CallProfile, type PackageManifest, type PackageVerification } from '../../core';
import { MANIFEST_NAME, sha256sums, SIGNATURE_NAME, SUMS_NAME } from './manifest';
import { extractZip, type ExtractedEntry } from './zip-read';

export interface Problem {
  readonly codice: string;
  readonly messaggio: string;
  /** The file of the package the problem is about. */
  readonly file?: string;
}

export interface SignatureCheck {
  readonly valid: boolean;
  readonly signer?: { readonly commonName?: string; readonly fiscalCode?: string };
  readonly problems: ReadonlyArray<{ code: string; message: string }>;
}

/** The signature checks, from services/sign (passed in so that this module stays testable alone). */
export interface SignatureVerifiers {
  cades(content: Uint8Array, signature: Uint8Array): Promise<SignatureCheck>;
  pdf(pdf: Uint8Array): Promise<SignatureCheck>;
}

/** See PackageVerification in core/ipc/contract.ts: the window shows the same report. */
export type VerifyReport = PackageVerification;

/** `sha256sum` lines: "<hex>  <name>". */
function parseSums(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const r = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (r?.[1] && r[2]) map.set(r[2], r[1]);
  }
  return map;
}

const altered = (file: string): Problem => ({ codice: 'FILE_ALTERATO', file, messaggio: `Il file «${file}» è stato modificato dopo la creazione del pacchetto (l'impronta SHA-256 non corrisponde).` });

/** Largest file of a package that is read into memory (manifest, sums, signature, proposal, dossier). */
const MAX_READ = 64 * 1024 * 1024;

/** A file of the extracted package, bounded: a huge entry becomes a problem, never an exception. */
async function readEntry(e: ExtractedEntry): Promise<Buffer> {
  if (e.size > MAX_READ) throw new TypeError(`troppo grande: ${e.name}`);
  return readFile(e.path);
}

const notChecked = (e: unknown): VerifyReport => ({
  leggibile: true, valido: false, firmato: false,
  problemi: [{ codice: 'VERIFICA_NON_COMPLETATA', messaggio: `La verifica non si è potuta completare (${e instanceof TypeError ? e.message : 'un file del pacchetto non si legge'}): il pacchetto non può essere considerato valido.` }],
});

/**
 * Checks a submission package without trusting Proposta's own output: every hash, both signatures,
 * the proposal's validation. Extracts into a private temporary folder, always removed at the end.
 * Never throws: a hostile or damaged package is a report with its problems.
 */
export async function verifyPackage(zipPath: string, verifiers: SignatureVerifiers, opts: { profile: CallProfile; now: Date }): Promise<VerifyReport> {
  const dir = await mkdtemp(join(tmpdir(), 'proposta-verifica-'));
  try {
    const x = await extractZip(zipPath, dir);
    if (!x.ok) {
      const unreadable = x.problem.code === 'PACCHETTO_ILLEGGIBILE';
      return { leggibile: !unreadable, valido: false, firmato: false, problemi: [{ codice: x.problem.code, messaggio: x.problem.message, ...(x.problem.file ? { file: x.problem.file } : {}) }] };
    }
    return await check(new Map(x.entries.map((e) => [e.name, e])), verifiers, opts);
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    return notChecked(e);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

async function check(files: Map<string, ExtractedEntry>, verifiers: SignatureVerifiers, opts: { profile: CallProfile; now: Date }): Promise<VerifyReport> {
  const problems: Problem[] = [];
  const manifestEntry = files.get(MANIFEST_NAME);
  if (!manifestEntry) return { leggibile: true, valido: false, firmato: false, problemi: [{ codice: 'MANIFESTO_MANCANTE', file: MANIFEST_NAME, messaggio: 'Il pacchetto non contiene manifest.json: non è un pacchetto di Proposta.' }] };
  const manifestBytes = await readEntry(manifestEntry);
  const parsed = parseJsonSafely(manifestBytes.toString('utf8'));
  const m = parsed.ok ? validateManifest(parsed.value) : null;
  if (!m) return { leggibile: true, valido: false, firmato: false, problemi: [{ codice: 'MANIFESTO_NON_VALIDO', file: MANIFEST_NAME, messaggio: 'manifest.json è illeggibile o non ha la forma prevista: il pacchetto è stato alterato.' }] };

  // Two independent lists of hashes, the manifest and SHA256SUMS, and the signature over the manifest:
  // a file differing from both was changed; a difference in one list only points at that list.
  const sumsEntry = files.get(SUMS_NAME);
  const sumsText = sumsEntry ? (await readEntry(sumsEntry)).toString('utf8') : null;
  const sums = sumsText === null ? new Map<string, string>() : parseSums(sumsText);
  if (!sumsEntry) problems.push({ codice: 'FILE_MANCANTE', file: SUMS_NAME, messaggio: 'Il pacchetto non contiene SHA256SUMS.' });

  let signer: { nome?: string; codiceFiscale?: string } | undefined;
  let cadesValid = false;
  const cadesProblems: Array<{ code: string; message: string }> = [];
  const p7s = files.get(SIGNATURE_NAME);
  if (m.firmato && !p7s) problems.push({ codice: 'FIRMA_MANCANTE', file: SIGNATURE_NAME, messaggio: 'Il manifesto dichiara una firma ma manifest.json.p7s manca.' });
  if (m.firmato && p7s) {
    const r = await verifiers.cades(manifestBytes, await readEntry(p7s));
    cadesValid = r.valid;
    cadesProblems.push(...r.problems);
    if (r.signer) signer = { ...(r.signer.commonName ? { nome: r.signer.commonName } : {}), ...(r.signer.fiscalCode ? { codiceFiscale: r.signer.fiscalCode } : {}) };
  }

  let manifestAltered = sumsEntry !== undefined && sums.get(MANIFEST_NAME) !== manifestEntry.sha256 && !(m.firmato && cadesValid);
  let sumsAltered = sumsEntry !== undefined && sums.get(MANIFEST_NAME) !== manifestEntry.sha256 && m.firmato && cadesValid;
  const listed = new Set(m.file.map((f) => f.nome));
  for (const f of m.file) {
    const e = files.get(f.nome);
    if (!e) problems.push({ codice: 'FILE_MANCANTE', file: f.nome, messaggio: `Il file «${f.nome}» elencato nel manifesto manca dal pacchetto.` });
    else if (e.sha256 !== f.sha256 && (sumsText === null || e.sha256 !== sums.get(f.nome))) problems.push(altered(f.nome));
    else if (e.sha256 !== f.sha256) manifestAltered = true;
    else if (sumsText !== null && e.sha256 !== sums.get(f.nome)) sumsAltered = true;
  }
  if (p7s && sumsText !== null && sums.get(SIGNATURE_NAME) !== p7s.sha256) {
    // A changed .p7s can still verify (e.g. a byte in a chain certificate): then either file may have changed.
    problems.push(altered(SIGNATURE_NAME));
    if (cadesValid) sumsAltered = true;
  }
  for (const name of files.keys()) {
    if (!listed.has(name) && ![MANIFEST_NAME, SUMS_NAME, SIGNATURE_NAME].includes(name)) problems.push({ codice: 'FILE_NON_ELENCATO', file: name, messaggio: `Il file «${name}» non è elencato nel manifesto: è stato aggiunto dopo la creazione del pacchetto.` });
  }
  if (manifestAltered) problems.push(altered(MANIFEST_NAME));
  const expected = sha256sums([...files.values()].filter((e) => e.name !== SUMS_NAME).map((e) => ({ name: e.name, size: e.size, sha256: e.sha256 })));
  if (sumsAltered || (sumsText !== null && sumsText !== expected && !problems.some((p) => p.codice === 'FILE_ALTERATO'))) problems.push(altered(SUMS_NAME));
  const blamed = manifestAltered ? MANIFEST_NAME : SIGNATURE_NAME;
  for (const p of cadesProblems) problems.push({ codice: p.code, file: blamed, messaggio: p.message });
  if (m.firmato) {
    const pdf = files.get('dossier.pdf');
    if (pdf) {
      const r = await verifiers.pdf(await readEntry(pdf));
      for (const p of r.problems) problems.push({ codice: p.code, file: 'dossier.pdf', messaggio: p.message });
    }
  }
  await checkProposal(files, m, problems, opts);
  return {
    leggibile: true,
    valido: problems.length === 0,
    firmato: m.firmato,
    ...(signer ? { firmatario: signer } : {}),
    manifesto: { versioneApp: m.versioneApp, schemaVersion: m.schemaVersion, avviso: m.avviso, creato: m.creato, proposta: m.proposta, avvisi: m.prontezza.avvisi.length },
    problemi: problems,
  };
}

async function checkProposal(files: Map<string, ExtractedEntry>, m: PackageManifest, problems: Problem[], opts: { profile: CallProfile; now: Date }): Promise<void> {
  const entry = files.get('proposal.json');
  if (!entry) return void problems.push({ codice: 'FILE_MANCANTE', file: 'proposal.json', messaggio: 'Il pacchetto non contiene proposal.json.' });
  const r = parseProposalText((await readEntry(entry)).toString('utf8'), opts);
  if (!r.ok) return void problems.push({ codice: r.error.code, file: 'proposal.json', messaggio: r.error.message });
  // The submission window may have closed since the package was made: that is not a fault of the package.
  const errors = r.issues.filter((i) => i.severity === 'errore' && i.code !== 'SPORTELLO_CHIUSO');
  for (const i of errors) problems.push({ codice: i.code, file: 'proposal.json', messaggio: i.message });
  if (r.doc.id !== m.proposta || r.doc.avviso.id !== m.avviso.id) problems.push({ codice: 'MANIFESTO_INCOERENTE', file: MANIFEST_NAME, messaggio: 'Il manifesto non corrisponde alla proposta contenuta nel pacchetto.' });
}
