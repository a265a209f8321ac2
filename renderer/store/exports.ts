import { CHOICE_CODES, type InputSource, type OutputTarget, type PackageVerification, type Proposal } from '../../core';
import { api } from '../api/client';
import { busy, unwrap } from './files';
import { isDesktop } from './selectors';
import { useStore } from './store';
import { notify } from './ui';

const set = useStore.setState;
const get = useStore.getState;

/** The file name a dossier gets unless the officer names it: the proposal's acronym. */
export function dossierBaseName(doc: Proposal): string {
  return `${(doc.progetto.acronimo || 'dossier').replace(/[^\w-]+/g, '-')}-dossier`;
}

/** Exports the dossier; desktop asks where with a dialog, the browser takes a name in the workspace. */
export async function exportDossier(format: 'pdf' | 'docx', name?: string, overwrite = false): Promise<void> {
  const { doc } = get();
  if (!doc) return;
  const suggested = `${dossierBaseName(doc)}.${format}`;
  const target: OutputTarget = isDesktop() ? { kind: 'dialog', suggestedName: suggested } : { kind: 'workspace', name: name ?? suggested };
  notify({ kind: 'info', text: `Preparazione del dossier ${format.toUpperCase()} in corso…` });
  const v = unwrap(await busy(() => api['export:dossier']({ doc, format, target, ...(overwrite ? { overwrite } : {}) })), () => void exportDossier(format, name, true));
  if (v && !('cancelled' in v)) set({ notice: { kind: 'success', text: `Dossier ${format.toUpperCase()} salvato: ${v.name}.` }, lastOutput: v.handle });
  else if (v) notify(null);
}

export interface PackageRequest {
  readonly output: string;
  /** The officer confirmed replacing an existing package of that name. */
  readonly overwrite?: boolean;
  /** Null: an unsigned package, to sign with the smart card's software. */
  readonly certificate: string | null;
  readonly password: string;
}

/** Creates the submission package of the saved proposal; the Italian error when it was not written (null: written or cancelled). */
export async function createPackage(req: PackageRequest): Promise<string | null> {
  const { doc, handle } = get();
  if (!doc || !handle) return 'Salva la proposta prima di creare il pacchetto.';
  const desktop = isDesktop();
  const certificate: InputSource | null = req.certificate === null ? null : desktop ? { kind: 'dialog' } : { kind: 'workspace', name: req.certificate };
  const r = await api['package:create']({
    doc, handle, password: req.certificate === null ? '' : req.password, certificate, ...(req.overwrite ? { overwrite: true } : {}),
    target: desktop ? { kind: 'dialog', suggestedName: req.output } : { kind: 'workspace', name: req.output },
  });
  if (!r.ok && r.error.code === CHOICE_CODES.exists) {
    notify({ kind: 'warning', text: r.error.message, actions: [{ label: 'Sostituisci', run: () => void createPackage({ ...req, overwrite: true }) }] });
    return null;
  }
  if (!r.ok) return r.error.message;
  if ('cancelled' in r.value) return null;
  set({ lastOutput: r.value.handle, exportDialog: null });
  notify({ kind: 'success', text: `Pacchetto creato: ${r.value.name}${r.value.signed ? ', firmato' : ', non firmato'}${r.value.warnings ? ` (${r.value.warnings} avvisi riportati nel manifesto)` : ''}.` });
  return null;
}

/** Verifies a package (a dialog on the desktop, a name in the workspace in the browser). */
export async function verifyPackage(name: string): Promise<{ name: string; report: PackageVerification } | { error: string } | null> {
  const r = await api['package:verify']({ source: isDesktop() ? { kind: 'dialog' } : { kind: 'workspace', name } });
  if (!r.ok) return { error: r.error.message };
  return 'cancelled' in r.value ? null : r.value;
}

export function showLastOutputInFolder(): void {
  const handle = get().lastOutput;
  if (handle) void api['shell:showInFolder']({ handle });
}
