import { APP_VERSION, SCHEMA_VERSION, type Issue, type PackageManifest, type Proposal } from '../../core';
import type { FileDigest } from './hash';

export const MANIFEST_NAME = 'manifest.json';
export const SUMS_NAME = 'SHA256SUMS';
/** The manifest signed as enveloping CAdES-BES (DiKe, ArubaSign, GoSign make the same by default). */
export const SIGNED_MANIFEST_NAME = 'manifest.json.p7m';
/** The detached CAdES signature of the manifest in the packages made before `.p7m`: still verified. */
export const SIGNATURE_NAME = 'manifest.json.p7s';
export const DOSSIER_PDF = 'dossier.pdf';
/** The files of a package that the manifest does not list (it cannot list itself or its signature). */
export const UNLISTED = [MANIFEST_NAME, SUMS_NAME, SIGNED_MANIFEST_NAME, SIGNATURE_NAME] as const;

export interface PackedFile extends FileDigest {
  readonly name: string;
}

/** The manifest: every file with its size and SHA-256, and what the package was made from. */
export function buildManifest(doc: Proposal, files: readonly PackedFile[], opts: { now: Date; signed: boolean; warnings: readonly Issue[] }): PackageManifest {
  return {
    formato: 'proposta-pacchetto/1',
    versioneApp: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    avviso: { id: doc.avviso.id, versione: doc.avviso.versione },
    proposta: doc.id,
    creato: opts.now.toISOString(),
    firmato: opts.signed,
    file: [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => ({ nome: f.name, dimensione: f.size, sha256: f.sha256 })),
    prontezza: {
      errori: 0,
      avvisi: opts.warnings.map((w) => ({ codice: w.code, puntatore: w.pointer, messaggio: w.message })),
    },
  };
}

/** `sha256sum -c` format: "<hex>  <name>" per line, sorted by name. */
export function sha256sums(files: readonly PackedFile[]): string {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
}

export const manifestBytes = (m: PackageManifest): Uint8Array => new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
