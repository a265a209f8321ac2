import { isStructuralIssue, packagedAttachmentName, validate, type CallProfile, type Issue, type Proposal } from '../../core';
import { identitiesOf, writeCarefully } from '../files/careful-write';
import { serializeProposal } from '../files/save-proposal';
import { collectAttachments } from './attachments';
import { hashBytes } from './hash';
import { buildManifest, manifestBytes, MANIFEST_NAME, sha256sums, SIGNATURE_NAME, SUMS_NAME, type PackedFile } from './manifest';
import { storedZip, type StoreEntry } from './zip-store';

/** What packaging needs from the renderers and, for a signed package, from the officer's certificate. */
export interface PackageTools {
  renderPdf(doc: Proposal): Promise<Uint8Array>;
  renderDocx(doc: Proposal): Promise<Uint8Array>;
  readonly signer?: {
    signPdf(pdf: Uint8Array): Promise<Uint8Array>;
    signCades(content: Uint8Array): Promise<Uint8Array>;
  };
}

/**
 * Where the ZIP goes: a careful write (services/files) that refuses the files in `inputs` (the
 * proposal and its attachments) as targets, and reports a failure with its code.
 */
export type PackageWriter = (zip: AsyncIterable<Uint8Array>, inputs: readonly string[]) => Promise<{ ok: true } | { ok: false; error: { code: string; message: string } }>;

/** A writer to `outPath` as every output is written: never over an input or a proposal; an existing file only if `confirmed`. */
export function packageFile(outPath: string, confirmed = false): PackageWriter {
  return async (zip, inputs) => writeCarefully(outPath, zip, { confirmed, notAProposal: true, forbidden: await identitiesOf(inputs) });
}

export type PackageResult =
  | { ok: true; files: PackedFile[]; signed: boolean; warnings: Issue[] }
  | { ok: false; code: string; message: string; issues?: Issue[]; problems?: Array<{ code: string; file: string; message: string }> };

/**
 * The submission package: proposal.json, dossier.pdf (PAdES-signed when a signer is given),
 * dossier.docx, the attachments, manifest.json, SHA256SUMS and manifest.json.p7s (CAdES). A proposal
 * with errors is refused; its warnings go into the manifest. Nothing is written unless all succeeds:
 * an attachment that changes between hashing and zipping ends the write with ALLEGATO_MODIFICATO.
 */
export async function createPackage(
  input: { doc: Proposal; proposalPath: string },
  tools: PackageTools,
  opts: { profile: CallProfile; now: Date },
  write: PackageWriter,
): Promise<PackageResult> {
  const issues = validate(input.doc, opts);
  const errors = issues.filter((i) => i.severity === 'errore' || isStructuralIssue(i));
  if (errors.length) {
    return { ok: false, code: 'PROPOSTA_CON_ERRORI', message: `La proposta ha ${errors.length} errori da correggere prima di creare il pacchetto.`, issues: errors };
  }
  const att = await collectAttachments(input.doc, input.proposalPath);
  if (!att.ok) return { ok: false, code: 'ALLEGATI_NON_DISPONIBILI', message: 'Alcuni allegati non sono disponibili: il pacchetto non è stato creato.', problems: att.problems };

  // The packaged proposal records the SHA-256 of each attachment it declares.
  const byName = new Map(att.files.map((f) => [f.name, f.sha256]));
  const doc: Proposal = { ...input.doc, allegati: { elenco: input.doc.allegati.elenco.map((a) => ({ ...a, sha256: byName.get(packagedAttachmentName(a.nomeFile)) ?? a.sha256 })) } };
  const proposal = new TextEncoder().encode(serializeProposal(doc));
  // The two dossiers render at once (packageTools renders the DOCX in a worker thread).
  const [pdf, docx] = await Promise.all([
    tools.renderPdf(doc).then((p) => (tools.signer ? tools.signer.signPdf(p) : p)),
    tools.renderDocx(doc),
  ]);

  const generated: Array<[string, Uint8Array]> = [['proposal.json', proposal], ['dossier.pdf', pdf], ['dossier.docx', docx]];
  const files: PackedFile[] = [...generated.map(([name, data]) => ({ name, ...hashBytes(data) })), ...att.files];
  const warnings = issues.filter((i) => i.severity === 'avviso');
  const manifest = manifestBytes(buildManifest(doc, files, { now: opts.now, signed: !!tools.signer, warnings }));
  const signature = tools.signer ? await tools.signer.signCades(manifest) : null;
  const listed: PackedFile[] = [...files, { name: MANIFEST_NAME, ...hashBytes(manifest) }, ...(signature ? [{ name: SIGNATURE_NAME, ...hashBytes(signature) }] : [])];
  const sums = new TextEncoder().encode(sha256sums(listed));

  const entries: StoreEntry[] = [
    ...generated.map(([name, data]): StoreEntry => ({ name, source: { kind: 'bytes', data } })),
    ...att.files.map((f): StoreEntry => ({ name: f.name, source: { kind: 'file', path: f.path, size: f.size, crc32: f.crc32 } })),
    { name: MANIFEST_NAME, source: { kind: 'bytes', data: manifest } },
    ...(signature ? [{ name: SIGNATURE_NAME, source: { kind: 'bytes', data: signature } } as StoreEntry] : []),
    { name: SUMS_NAME, source: { kind: 'bytes', data: sums } },
  ];
  const written = await write(storedZip(entries), [input.proposalPath, ...att.files.map((f) => f.path)]);
  if (!written.ok) return { ok: false, code: written.error.code, message: written.error.message };
  return { ok: true, files: listed, signed: !!tools.signer, warnings };
}
