import { isStructuralIssue, validate, type CallProfile, type Issue, type Proposal } from '../../core';
import { serializeProposal } from '../files/save-proposal';
import { collectAttachments } from './attachments';
import { hashBytes } from './hash';
import { buildManifest, manifestBytes, MANIFEST_NAME, sha256sums, SIGNATURE_NAME, SUMS_NAME, type PackedFile } from './manifest';
import { writeStoredZip, type StoreEntry } from './zip-store';

/** What packaging needs from the renderers and, for a signed package, from the officer's certificate. */
export interface PackageTools {
  renderPdf(doc: Proposal): Promise<Uint8Array>;
  renderDocx(doc: Proposal): Promise<Uint8Array>;
  readonly signer?: {
    signPdf(pdf: Uint8Array): Promise<Uint8Array>;
    signCades(content: Uint8Array): Promise<Uint8Array>;
  };
}

export type PackageResult =
  | { ok: true; files: PackedFile[]; signed: boolean; warnings: Issue[] }
  | { ok: false; code: 'PROPOSTA_CON_ERRORI' | 'ALLEGATI_NON_DISPONIBILI'; message: string; issues?: Issue[]; problems?: Array<{ code: string; file: string; message: string }> };

/**
 * The submission package: proposal.json, dossier.pdf (PAdES-signed when a signer is given),
 * dossier.docx, the attachments, manifest.json, SHA256SUMS and manifest.json.p7s (CAdES). A proposal
 * with errors is refused; its warnings go into the manifest. Nothing is written unless all succeeds.
 */
export async function createPackage(
  input: { doc: Proposal; proposalPath: string; outPath: string },
  tools: PackageTools,
  opts: { profile: CallProfile; now: Date },
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
  const doc: Proposal = { ...input.doc, allegati: { elenco: input.doc.allegati.elenco.map((a) => ({ ...a, sha256: byName.get(`allegati/${a.nomeFile}`) ?? a.sha256 })) } };
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
  await writeStoredZip(input.outPath, entries);
  return { ok: true, files: listed, signed: !!tools.signer, warnings };
}
