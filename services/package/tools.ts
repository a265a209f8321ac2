import { buildExportModel, type CallProfile } from '../../core';
import { renderDossierDocxInWorker } from '../export/docx/in-worker';
import { renderDossierPdf } from '../export/pdf';
import { signCadesDetached, signPdfPades, verifyCadesDetached, verifyPdfSignatures, type LoadedSigner } from '../sign';
import type { PackageTools } from './create';
import type { SignatureVerifiers } from './verify';

/** The real renderers and, when a certificate was loaded, the real signatures. */
export function packageTools(profile: CallProfile, signer?: LoadedSigner, now: Date = new Date()): PackageTools {
  return {
    renderPdf: (doc) => renderDossierPdf(buildExportModel(doc, profile)),
    // In a worker thread: it renders while the PDF renders here (createPackage starts both at once).
    renderDocx: (doc) => renderDossierDocxInWorker(doc, profile),
    ...(signer
      ? {
          signer: {
            signPdf: (pdf: Uint8Array) => signPdfPades(pdf, signer, { reason: "Presentazione della proposta progettuale all'Avviso", location: 'Puglia', name: signer.subject.commonName ?? '' }),
            signCades: (content: Uint8Array) => signCadesDetached(content, signer, { signingTime: now }),
          },
        }
      : {}),
  };
}

export const signatureVerifiers: SignatureVerifiers = {
  cades: (content, signature) => verifyCadesDetached(content, signature, {}),
  pdf: (pdf) => verifyPdfSignatures(pdf),
};
