import type { Handlers } from '../../core';
import { completePackageAt } from '../app/complete-package';
import { createPackageAt } from '../app/create-package';
import { exportDossier } from '../app/export-dossier';
import type { AppHost } from '../app/host';
import { openFile } from '../app/open';
import { listRecent } from '../app/recent';
import { discardRecovery, listRecovery, openRecovery, writeRecovery } from '../app/recovery';
import { fail, reshape } from '../app/reply';
import { saveFile } from '../app/save';
import { saveAs } from '../app/save-as';
import { addAttachment, attachmentCandidates, checkAttachments } from '../app/attachments';
import { appInfo, closeWindow, newProposal, showInFolder, starters, windowState } from '../app/session-info';
import { verifyPackageAt } from '../app/verify-package';
import { listModules, listTokens, modulePath, pickModule } from '../app/tokens';
import { listWorkspace } from '../app/workspace';
import { saveModule, signModule, writeModuleSummary } from '../app/partner-module';
import { preparePartnerModules } from '../app/partner-modules';

/**
 * The handler table of the IPC contract: each channel is one operation of services/app, called
 * with the host (desktop dialogs or the serve workspace). Both hosts register exactly this table
 * after checking each request (core/ipc/guards.ts). Only the window's answer is shaped here: no
 * path ever goes back to the page.
 */
export function createHandlers(host: AppHost) {
  return {
    'app:info': () => appInfo(host),
    'starters:list': () => starters(host),
    'file:new': ({ starter }) => newProposal(host, starter),
    'file:open': ({ source }) => openFile(host, source),
    'file:save': (req) => saveFile(host, req),
    'file:saveAs': async (req) => reshape(await saveAs(host, req), (v) => ({ handle: v.handle ?? '', name: v.name, savedAt: v.savedAt })),
    'workspace:list': () => listWorkspace(host),
    'recent:list': () => listRecent(host),
    'recovery:write': (req) => writeRecovery(host, req),
    'recovery:list': () => listRecovery(host),
    'recovery:open': ({ key }) => openRecovery(host, key),
    'recovery:discard': ({ key }) => discardRecovery(host, key),
    'export:dossier': async (req) => reshape(await exportDossier(host, req), (v) => ({ name: v.name, handle: v.handle ?? '' })),
    'package:create': async ({ doc, handle, target, certificate, password, token, toSignBeside, overwrite }) => {
      // The PIN stays in this closure for this one request: never stored, logged or sent back.
      const module = token ? await modulePath(host, token.module) : null;
      if (module && !module.ok) return module;
      const r = await createPackageAt(host, {
        doc, target, proposal: { handle }, ...(overwrite === undefined ? {} : { overwrite }),
        certificate: certificate ? { place: certificate, password: async () => password } : null,
        ...(token && module?.ok ? { token: { module: module.value, token: token.token, certificate: token.certificate, pin: async () => token.pin } } : {}),
        ...(toSignBeside ? { toSignBeside } : {}),
      });
      return reshape(r, (v) => ({ name: v.name, handle: v.handle ?? '', signed: v.signed, warnings: v.warnings, ...(v.toSign ? { toSign: v.toSign } : {}) }));
    },
    'package:complete': async ({ source, signed, target, overwrite }) =>
      reshape(await completePackageAt(host, { source, signed, target, ...(overwrite === undefined ? {} : { overwrite }) }), (v) => ({ name: v.name, handle: v.handle ?? '', signedFiles: v.signedFiles })),
    'token:modules': () => listModules(host),
    'token:pickModule': () => pickModule(host),
    'token:list': ({ module }) => listTokens(host, module),
    'package:verify': ({ source }) => verifyPackageAt(host, source),
    'shell:showInFolder': ({ handle }) => showInFolder(host, handle),
    'window:state': (state) => windowState(host, state),
    'window:close': () => closeWindow(host),
    'attachments:check': ({ doc, handle }) => checkAttachments(host, { doc, proposal: { handle } }),
    'attachments:add': ({ handle, source }) => addAttachment(host, { proposal: { handle }, source }),
    'attachments:candidates': () => attachmentCandidates(host),
    // aggregazione (Comune aggregato)
    'partner:save': (req) => saveModule(host, req),
    'partner:summary': (req) => writeModuleSummary(host, req),
    'partner:sign': async ({ module, target, certificate, password, token, overwrite }) => {
      // The password or PIN stays in this closure for this one request: never stored, logged or sent back.
      const lib = token ? await modulePath(host, token.module) : null;
      if (lib && !lib.ok) return lib;
      const r = await signModule(host, {
        module: { data: module }, target, ...(overwrite === undefined ? {} : { overwrite }),
        certificate: certificate ? { place: certificate, password: async () => password } : null,
        ...(token && lib?.ok ? { token: { module: lib.value, token: token.token, certificate: token.certificate, pin: async () => token.pin } } : {}),
      });
      return reshape(r, (v) => ({ name: v.name, handle: v.handle ?? '', summary: v.summary, issues: v.issues }));
    },
    // aggregazione (capofila): the window gets codes, messages and names, never a path.
    'partner:prepare': async ({ doc, partners, entro, target, overwrite }) => {
      const r = await preparePartnerModules(host, {
        doc, partners, requestedBy: entro, ...(overwrite === undefined ? {} : { overwrite }),
        destination: { kind: 'folder', place: target.kind === 'dialog' ? { kind: 'dialog' } : { kind: 'workspace' } },
      });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error.issues);
      return reshape(r, (v) => ({ sent: [...v.sent], modules: v.modules.map((m) => ({ partner: m.partner, name: m.name, richiesta: m.richiesta, entro: m.entro })) }));
    },
    'partner:import': async ({ doc, handle, source, accept, resolution }) => {
      // The signature verifier loads on first use, like the package's: the window opens without it.
      const { importPartnerReply } = await import('../app/partner-import');
      const r = await importPartnerReply(host, { doc, proposal: { handle }, reply: source, accept, save: false, ...(resolution ? { resolution } : {}) });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error.issues);
      return reshape(r, (v) => v.esito === 'unita'
        ? { esito: v.esito, result: v.result, partner: v.result.partner, signature: v.signature, accepted: v.accepted?.code ?? null, applied: v.result.applied, conflicts: v.result.conflicts.length, renamed: v.result.renamed, replyFile: v.replyFile }
        : { esito: v.esito, partner: v.partner, name: v.name, signature: v.signature, signatureRefusal: v.signatureRefusal && { code: v.signatureRefusal.code, message: v.signatureRefusal.message }, conflicts: v.conflicts, handle: v.handle ?? '' });
    },
    'partner:candidates': async () => (await import('../app/partner-import')).replyCandidates(host),
  } satisfies Handlers;
}
