import { basename } from 'node:path';
import { buildExportModel, type Cancelled, type Proposal, type Reply } from '../../core';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { outputPolicy, preflight, writeOutput } from './output';
import { fail, ok } from './reply';

export interface ExportRequest {
  readonly doc: Proposal;
  readonly format: 'pdf' | 'docx';
  readonly target: Place;
  /** The officer confirmed replacing an existing file (`--sovrascrivi`, «Sostituisci»). */
  readonly overwrite?: boolean;
  /** The proposal's own file, when known (command line): never replaced by the dossier. */
  readonly proposalPath?: string;
  /**
   * The dossier's bytes when their rendering was started earlier (`proposta export --pdf --docx`
   * renders the DOCX in a worker thread while the PDF renders): used instead of rendering here.
   */
  readonly rendered?: Promise<Uint8Array>;
}

/**
 * The renderer of a format, loaded on first use (a chunk of its own in the built main process, a
 * module the CLI requires only then): the window opens and `--pdf` alone starts without the other.
 */
async function render(format: 'pdf' | 'docx', doc: Proposal, host: AppHost): Promise<Uint8Array> {
  const model = buildExportModel(doc, host.profile);
  return format === 'pdf' ? (await import('../export/pdf')).renderDossierPdf(model) : (await import('../export/docx')).renderDossierDocx(model);
}

/**
 * «Esporta PDF/DOCX» and `proposta export`: the dossier of the document, even with open errors (a
 * draft to review), never of a malformed one. It is written carefully like a save: an existing file
 * is replaced only when confirmed, never a proposal, a link or a read-only file; a full disk leaves
 * the previous dossier as it was.
 */
export async function exportDossier(host: AppHost, req: ExportRequest): Promise<Reply<{ name: string; handle: string | null; path: string } | Cancelled>> {
  const checked = checkDocument(req.doc, { profile: host.profile, now: host.now(), forOutput: true }, 'il dossier non è stato creato');
  if (!checked.ok) return checked;
  const where = await host.locate(req.target, req.format, 'write');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const policy = await outputPolicy(host, where.confirmed || req.overwrite === true, req.proposalPath ? [req.proposalPath] : []);
  const pre = await preflight(where.path, policy);
  if (!pre.ok) return pre;
  let bytes: Uint8Array;
  try {
    bytes = await (req.rendered ?? render(req.format, req.doc, host));
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    return fail('DOSSIER_NON_CREATO', `Il dossier ${req.format.toUpperCase()} non è stato creato per un errore interno: nessun file è stato modificato. Salva la proposta e segnala il problema.`);
  }
  const w = await writeOutput(host, where.path, bytes, policy);
  return w.ok ? ok({ name: basename(where.path), handle: w.value.handle, path: where.path }) : w;
}
