import { buildExportModel, type CallProfile } from '../../core';
import { renderDossierDocxInWorker } from '../export/docx/in-worker';
import { renderDossierPdf } from '../export/pdf';
import {
  assessDetachedFile, assessP7mFile, assessPdfFile, checkIncrementalExtension, describeCertificate, parseCertificate,
  signCadesEnveloping, signPdfPades, type SignerIdentity,
} from '../sign';
import type { PackageTools } from './create';
import type { SignatureAssessors } from './verify-types';

/** The real renderers and, when a signer was given (a .p12 or a token), the real signatures. */
export function packageTools(profile: CallProfile, signer?: SignerIdentity, now: Date = new Date()): PackageTools {
  const name = signer ? (describeCertificate(parseCertificate(signer.certificate)).subject.commonName ?? '') : '';
  return {
    renderPdf: (doc) => renderDossierPdf(buildExportModel(doc, profile)),
    // In a worker thread: it renders while the PDF renders here (createPackage starts both at once).
    renderDocx: (doc) => renderDossierDocxInWorker(doc, profile),
    ...(signer
      ? {
          signer: {
            signPdf: (pdf: Uint8Array) => signPdfPades(pdf, signer, { reason: "Presentazione della proposta progettuale all'Avviso", location: 'Puglia', name, signingTime: now }),
            signManifest: (manifest: Uint8Array) => signCadesEnveloping(manifest, signer, { signingTime: now }),
          },
        }
      : {}),
  };
}

/** The checks of services/sign by levels, handed to the package verifier (which loads no signature code itself). */
export const signatureAssessors: SignatureAssessors = {
  p7m: assessP7mFile,
  pdf: assessPdfFile,
  detached: assessDetachedFile,
  extendsOriginal: async (original, signed) => (await checkIncrementalExtension(original, signed)).ok,
};
