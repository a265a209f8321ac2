import { isStructuralIssue, packagedAttachmentName, validate, type CallProfile, type Issue, type Proposal } from '../../core';
import { identitiesOf, writeCarefully } from '../files/careful-write';
import { serializeProposal } from '../files/save-proposal';
import { collectAttachments } from './attachments';
import { collectReplies } from './replies';
import { hashBytes } from './hash';
import { buildManifest, DOSSIER_PDF, manifestBytes, MANIFEST_NAME, sha256sums, SIGNED_MANIFEST_NAME, SUMS_NAME, type PackedFile } from './manifest';
import { storedZip, type StoreEntry } from './zip-store';

/** What packaging needs from the renderers and, for a signed package, from the officer's certificate. */
export interface PackageTools {
  renderPdf(doc: Proposal): Promise<Uint8Array>;
  renderDocx(doc: Proposal): Promise<Uint8Array>;
  readonly signer?: {
    /** PAdES as an incremental revision: the unsigned dossier stays the signed file's first bytes. */
    signPdf(pdf: Uint8Array): Promise<Uint8Array>;
    /** Enveloping CAdES-BES: manifest.json.p7m carries the manifest. */
    signManifest(manifest: Uint8Array): Promise<Uint8Array>;
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
  | {
      ok: true; files: PackedFile[]; signed: boolean; warnings: Issue[];
      /** An unsigned package: the two files to sign with the card's software (then `completePackage`). */
      toSign?: { manifest: Uint8Array; pdf: Uint8Array };
    }
  | { ok: false; code: string; message: string; issues?: Issue[]; problems?: Array<{ code: string; file: string; message: string }> };

/**
 * The submission package: proposal.json, dossier.pdf, dossier.docx, the attachments, the partners'
 * merged replies (`risposte/`), manifest.json, SHA256SUMS and, when signed, manifest.json.p7m
 * (enveloping CAdES-BES) with dossier.pdf signed PAdES.
 * The manifest lists the dossier as rendered, before any signature: a PAdES signature is an incremental
 * revision after those bytes, so the same manifest holds for a dossier signed here, with the card's
 * software, or co-signed later. SHA256SUMS lists the files as they are in the zip. A proposal with
 * errors is refused; its warnings go into the manifest. Nothing is written unless all succeeds: an
 * attachment that changes between hashing and zipping ends the write with ALLEGATO_MODIFICATO.
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
  const replies = await collectReplies(input.doc, input.proposalPath);
  if (!replies.ok) return { ok: false, code: 'RISPOSTE_NON_DISPONIBILI', message: 'Alcune risposte unite dei Comuni non sono disponibili: il pacchetto non è stato creato.', problems: replies.problems };

  // The packaged proposal records the SHA-256 of each attachment it declares.
  const byName = new Map(att.files.map((f) => [f.name, f.sha256]));
  const doc: Proposal = { ...input.doc, allegati: { elenco: input.doc.allegati.elenco.map((a) => ({ ...a, sha256: byName.get(packagedAttachmentName(a.nomeFile)) ?? a.sha256 })) } };
  const proposal = new TextEncoder().encode(serializeProposal(doc));
  // The two dossiers render at once (packageTools renders the DOCX in a worker thread).
  const [pdf, docx] = await Promise.all([tools.renderPdf(doc), tools.renderDocx(doc)]);

  const generated: Array<[string, Uint8Array]> = [['proposal.json', proposal], [DOSSIER_PDF, pdf], ['dossier.docx', docx]];
  const replyFiles: PackedFile[] = replies.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 }));
  const files: PackedFile[] = [...generated.map(([name, data]) => ({ name, ...hashBytes(data) })), ...att.files, ...replyFiles];
  const warnings = issues.filter((i) => i.severity === 'avviso');
  const manifest = manifestBytes(buildManifest(doc, files, { now: opts.now, signed: !!tools.signer, warnings }));
  const signedPdf = tools.signer ? await tools.signer.signPdf(pdf) : pdf;
  const signedManifest = tools.signer ? await tools.signer.signManifest(manifest) : null;
  const zipped: Array<[string, Uint8Array]> = [['proposal.json', proposal], [DOSSIER_PDF, signedPdf], ['dossier.docx', docx]];
  const entries: StoreEntry[] = [
    ...zipped.map(([name, data]): StoreEntry => ({ name, source: { kind: 'bytes', data } })),
    ...att.files.map((f): StoreEntry => ({ name: f.name, source: { kind: 'file', path: f.path, size: f.size, crc32: f.crc32 } })),
    ...replies.files.map((f): StoreEntry => ({ name: f.name, source: { kind: 'bytes', data: f.bytes } })),
    { name: MANIFEST_NAME, source: { kind: 'bytes', data: manifest } },
    ...(signedManifest ? [{ name: SIGNED_MANIFEST_NAME, source: { kind: 'bytes', data: signedManifest } } as StoreEntry] : []),
  ];
  const listed: PackedFile[] = [
    ...zipped.map(([name, data]) => ({ name, ...hashBytes(data) })), ...att.files, ...replyFiles,
    { name: MANIFEST_NAME, ...hashBytes(manifest) }, ...(signedManifest ? [{ name: SIGNED_MANIFEST_NAME, ...hashBytes(signedManifest) }] : []),
  ];
  entries.push({ name: SUMS_NAME, source: { kind: 'bytes', data: new TextEncoder().encode(sha256sums(listed)) } });
  const written = await write(storedZip(entries), [input.proposalPath, ...att.files.map((f) => f.path), ...replies.files.map((f) => f.path)]);
  if (!written.ok) return { ok: false, code: written.error.code, message: written.error.message };
  return { ok: true, files: listed, signed: !!tools.signer, warnings, ...(tools.signer ? {} : { toSign: { manifest, pdf } }) };
}
