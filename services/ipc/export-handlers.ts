import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildExportModel, type Handlers, type InputSource, type OutputTarget, type Reply } from '../../core';
import { ERR, fail, ok } from './errors';
import type { FileRegistry } from './file-registry';
import type { FileKind, HostPorts } from './ports';

/** The path an output goes to, or null when the dialog was cancelled. */
async function outputPath(target: OutputTarget, kind: FileKind, ports: HostPorts): Promise<Reply<string | null>> {
  if (target.kind === 'dialog') return ports.pickSave ? ok(await ports.pickSave(target.suggestedName, kind)) : ERR.noDialog();
  return ports.workspaceDir ? ok(join(ports.workspaceDir, target.name)) : ERR.noWorkspace();
}

async function inputPath(source: InputSource, kind: FileKind, ports: HostPorts): Promise<Reply<string | null>> {
  if (source.kind === 'dialog') return ports.pickOpen ? ok(await ports.pickOpen(kind)) : ERR.noDialog();
  return ports.workspaceDir ? ok(join(ports.workspaceDir, source.name)) : ERR.noWorkspace();
}

const unreadable = () => fail('FILE_NON_LEGGIBILE', 'Il file scelto non può essere letto: controlla di avere i permessi o scegline un altro.');

// The renderers, the package and the signatures are loaded on first use (a chunk each in the built
// app): the window opens without them, and most sessions never export.
const pdfRenderer = () => import('../export/pdf');
const docxRenderer = () => import('../export/docx');
const packaging = async () => ({ ...(await import('../package/create')), ...(await import('../package/tools')) });
const verification = async () => ({ ...(await import('../package/verify')), ...(await import('../package/tools')) });
const signing = () => import('../sign');

/** Exports, the submission package and its verification. */
export function exportHandlers(ports: HostPorts, files: FileRegistry): Pick<Handlers, 'export:dossier' | 'package:create' | 'package:verify' | 'shell:showInFolder'> {
  const opts = () => ({ profile: ports.profile, now: ports.now() });
  return {
    'export:dossier': async ({ doc, format, target }) => {
      const where = await outputPath(target, format, ports);
      if (!where.ok) return where;
      if (where.value === null) return ok({ cancelled: true as const });
      const model = buildExportModel(doc, ports.profile);
      const bytes = format === 'pdf' ? await (await pdfRenderer()).renderDossierPdf(model) : await (await docxRenderer()).renderDossierDocx(model);
      await writeFile(where.value, bytes);
      return ok({ name: basename(where.value), handle: files.handleFor(where.value) });
    },

    'package:create': async ({ doc, handle, target, certificate, password }) => {
      const proposalPath = files.pathOf(handle);
      if (!proposalPath) return ERR.handle();
      let signer;
      if (certificate) {
        const cert = await inputPath(certificate, 'certificato', ports);
        if (!cert.ok) return cert;
        if (cert.value === null) return ok({ cancelled: true as const });
        const bytes = await readFile(cert.value).catch(() => null);
        if (!bytes) return unreadable();
        const loaded = await (await signing()).loadP12(bytes, password, ports.now());
        if (!loaded.ok) return fail(loaded.code, loaded.message);
        signer = loaded.signer;
      }
      const where = await outputPath(target, 'pacchetto', ports);
      if (!where.ok) return where;
      if (where.value === null) return ok({ cancelled: true as const });
      const { createPackage, packageTools } = await packaging();
      const r = await createPackage({ doc, proposalPath, outPath: where.value }, packageTools(ports.profile, signer, ports.now()), opts());
      if (!r.ok) return fail(r.code, [r.message, ...(r.problems ?? []).map((p) => p.message)].join(' '), r.issues);
      return ok({ name: basename(where.value), handle: files.handleFor(where.value), signed: r.signed, warnings: r.warnings.length });
    },

    'package:verify': async ({ source }) => {
      const where = await inputPath(source, 'pacchetto', ports);
      if (!where.ok) return where;
      if (where.value === null) return ok({ cancelled: true as const });
      const { verifyPackage, signatureVerifiers } = await verification();
      return ok({ name: basename(where.value), report: await verifyPackage(where.value, signatureVerifiers, opts()) });
    },

    'shell:showInFolder': async ({ handle }) => {
      const path = files.pathOf(handle);
      if (!path) return ERR.handle();
      if (!ports.showInFolder) return fail('SCELTA_NON_DISPONIBILE', `Il file è nella cartella di lavoro: ${basename(path)}.`);
      ports.showInFolder(path);
      return ok({});
    },
  };
}
