import { CHOICE_CODES, type InputSource, type OutputTarget, type PackageVerification, type Proposal, type TokenListing, type TokenModule, type TokenSignRequest } from '../../core';
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
  /** A .p12 (its name in the workspace; ignored on the desktop, which asks), a token, or unsigned with the files to sign beside. */
  readonly way: 'p12' | 'token' | 'senza-firma';
  readonly certificate: string;
  readonly password: string;
  readonly token?: TokenSignRequest;
}

/** What the dialog shows next: an error, the files to sign (unsigned package), or nothing (signed and closed, or cancelled). */
export type PackageOutcome = { error: string } | { name: string; toSign: { manifest: string; pdf: string } } | null;

/** Creates the submission package of the saved proposal; a signed one closes the dialog, an unsigned one says what to sign. */
export async function createPackage(req: PackageRequest): Promise<PackageOutcome> {
  const { doc, handle } = get();
  if (!doc || !handle) return { error: 'Salva la proposta prima di creare il pacchetto.' };
  const desktop = isDesktop();
  const certificate: InputSource | null = req.way !== 'p12' ? null : desktop ? { kind: 'dialog' } : { kind: 'workspace', name: req.certificate };
  const r = await api['package:create']({
    doc, handle, password: req.way === 'p12' ? req.password : '', certificate, ...(req.overwrite ? { overwrite: true } : {}),
    ...(req.way === 'token' && req.token ? { token: req.token } : {}), ...(req.way === 'senza-firma' ? { toSignBeside: true } : {}),
    target: desktop ? { kind: 'dialog', suggestedName: req.output } : { kind: 'workspace', name: req.output },
  });
  if (!r.ok && r.error.code === CHOICE_CODES.exists) {
    // The PIN is not kept for the retry: the officer types it again.
    if (req.way === 'token') return { error: `${r.error.message} Cambia il nome del pacchetto, oppure eliminalo e riprova.` };
    notify({ kind: 'warning', text: r.error.message, actions: [{ label: 'Sostituisci', run: () => void createPackage({ ...req, overwrite: true }) }] });
    return null;
  }
  if (!r.ok) return { error: r.error.message };
  if ('cancelled' in r.value) return null;
  set({ lastOutput: r.value.handle });
  const warnings = r.value.warnings ? ` (${r.value.warnings} avvisi riportati nel manifesto)` : '';
  if (r.value.toSign) {
    // The names are in the notice too: after «Sostituisci» from a notice, the dialog does not get them.
    notify({ kind: 'success', text: `Pacchetto creato senza firma: ${r.value.name}${warnings}. Firma con il programma della carta ${r.value.toSign.manifest} (CAdES, .p7m) e ${r.value.toSign.pdf} (PAdES).` });
    return { name: r.value.name, toSign: r.value.toSign };
  }
  set({ exportDialog: null });
  notify({ kind: 'success', text: `Pacchetto creato: ${r.value.name}${r.value.signed ? ', firmato' : ', non firmato'}${warnings}.` });
  return null;
}

/** The PKCS#11 modules offered (the well-known ones found here; the desktop may also choose a file). */
export async function tokenModules(): Promise<{ modules: TokenModule[]; canPick: boolean } | { error: string }> {
  const r = await api['token:modules']({});
  return r.ok ? r.value : { error: r.error.message };
}

/** Desktop: the officer chooses the module file with the system dialog (null: cancelled). */
export async function pickTokenModule(): Promise<TokenModule | { error: string } | null> {
  const r = await api['token:pickModule']({});
  if (!r.ok) return { error: r.error.message };
  return 'cancelled' in r.value ? null : r.value;
}

/** The tokens of a module and their signing certificates. */
export async function listTokens(module: string): Promise<{ tokens: TokenListing[] } | { error: string }> {
  const r = await api['token:list']({ module });
  return r.ok ? r.value : { error: r.error.message };
}

export interface CompleteRequest {
  /** Workspace names (the desktop asks with dialogs instead). */
  readonly source: string;
  readonly manifest: string;
  readonly pdf: string;
  readonly output: string;
  readonly overwrite?: boolean;
}

/** «Completa con i file firmati»: the final package from the unsigned one and the signed files; the Italian error, or null. */
export async function completePackage(req: CompleteRequest): Promise<string | null> {
  const desktop = isDesktop();
  const input = (name: string): InputSource => (desktop ? { kind: 'dialog' } : { kind: 'workspace', name: name.trim() });
  const signed = desktop ? [input(''), input('')] : [req.manifest, req.pdf].filter((n) => n.trim() !== '').map(input);
  if (signed.length === 0) return 'Indica il manifesto firmato (.p7m) e il dossier PDF firmato che si trovano nella cartella di lavoro.';
  const r = await api['package:complete']({
    source: input(req.source), signed, ...(req.overwrite ? { overwrite: true } : {}),
    target: desktop ? { kind: 'dialog', suggestedName: req.output } : { kind: 'workspace', name: req.output.trim() },
  });
  if (!r.ok && r.error.code === CHOICE_CODES.exists) {
    notify({ kind: 'warning', text: r.error.message, actions: [{ label: 'Sostituisci', run: () => void completePackage({ ...req, overwrite: true }) }] });
    return null;
  }
  if (!r.ok) return r.error.message;
  if ('cancelled' in r.value) return null;
  set({ lastOutput: r.value.handle, exportDialog: null });
  notify({ kind: 'success', text: `Pacchetto completato con i file firmati: ${r.value.name}. Controllalo con «Verifica pacchetto».` });
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
