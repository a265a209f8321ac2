/**
 * The one contract between the window and the main process (and the HTTP bridge of
 * `proposta serve`): channel -> request -> response. Handlers in services/ are checked against it
 * with `satisfies`; the preload and the HTTP client are built from CHANNELS.
 */
import type { PartnerModule, Proposal } from '../generated/types';
import type { MergeResult } from '../partner/merge-reply';
import type { Conflict, Side } from '../partner/three-way';
import type { ReplySignature } from '../partner/signer';
import type { Issue } from '../validation/issue';

/** Where a file to open comes from: never a path named by the window. `handle` reloads a file of this session. */
export type OpenSource =
  | { kind: 'dialog' }
  | { kind: 'recent'; id: string }
  | { kind: 'workspace'; name: string }
  | { kind: 'handle'; handle: string };

export type SaveTarget = { kind: 'dialog'; suggestedName: string } | { kind: 'workspace'; name: string };

/** Where an exported file goes: a dialog the officer answers, or a name in the workspace folder. */
export type OutputTarget = SaveTarget;
/** A file to read that is not a proposal (certificate, package). */
export type InputSource = { kind: 'dialog' } | { kind: 'workspace'; name: string };

/**
 * A smart card's PKCS#11 module as the window may name it: an id standing for a well-known module
 * found on disk (`noto-…`) or for one the officer chose with the desktop dialog (a session handle).
 * Loading a module runs its native code, so the window never sends a path.
 */
export interface TokenModule {
  readonly id: string;
  readonly label: string;
  /** The library's file name (never its folder). */
  readonly file: string;
}

/** A token (smart card, HSM slot) and the certificates on it that can sign. */
export interface TokenListing {
  readonly label: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly serialNumber: string;
  readonly pinPad: boolean;
  readonly pinFinalTry: boolean;
  readonly pinLocked: boolean;
  readonly certificates: ReadonlyArray<{
    /** CKA_ID in hex: what `package:create` sends back to pick this certificate. */
    readonly id: string;
    readonly label: string;
    readonly holder?: string;
    readonly fiscalCode?: string;
    /** ISO date. */
    readonly notAfter: string;
    /** The qualified signature certificate (keyUsage nonRepudiation), rather than the CNS one. */
    readonly nonRepudiation: boolean;
  }>;
}

/** How `package:create` signs: on a token (the PIN travels once, in memory; never stored, logged or sent back). */
export interface TokenSignRequest {
  readonly module: string;
  readonly token: string;
  readonly certificate: string;
  readonly pin: string;
}

/** The result of checking a submission package (services/package/verify.ts). */
export interface PackageVerification {
  readonly leggibile: boolean;
  readonly valido: boolean;
  readonly firmato: boolean;
  readonly firmatario?: { readonly nome?: string; readonly codiceFiscale?: string };
  readonly manifesto?: {
    readonly versioneApp: string;
    readonly schemaVersion: number;
    readonly avviso: { readonly id: string; readonly versione: number };
    readonly creato: string;
    readonly proposta: string;
    readonly avvisi: number;
  };
  readonly problemi: ReadonlyArray<{ readonly codice: string; readonly messaggio: string; readonly file?: string }>;
  /** Every signed file (or file that should be signed) with every signer and the levels checked. */
  readonly firmati?: readonly SignedFileLevels[];
  /** The verdict: 0 every level passed, 1 altered or invalid, 2 unreadable or hostile, 3 intact but not trustworthy. */
  readonly esito?: VerificationVerdict;
}

/** The levels of services/sign/levels, in this order. */
export type VerificationLevel = 'integrita' | 'firma' | 'certificato' | 'catena' | 'codice-fiscale';
export type LevelOutcomeName = 'superato' | 'non-valido' | 'non-fidato' | 'non-verificato';
export interface LevelLine {
  readonly livello: VerificationLevel;
  readonly esito: LevelOutcomeName;
  readonly codice: string;
  readonly messaggio: string;
}
export interface SignedFileLevels {
  readonly file: string;
  readonly formato: 'cades-enveloping' | 'cades-detached' | 'pades';
  /** Findings about the whole file (not signed, bytes after the last signature). */
  readonly problemi: readonly LevelLine[];
  readonly firmatari: ReadonlyArray<{
    readonly nome?: string;
    readonly codiceFiscale?: string;
    /** The time the signer claims (ISO): never proven without a verified timestamp. */
    readonly oraDichiarata?: string;
    readonly marcaTemporale: boolean;
    readonly livelli: readonly LevelLine[];
  }>;
}
export interface VerificationVerdict {
  readonly codiceUscita: 0 | 1 | 2 | 3;
  readonly verdetto: 'valido' | 'non-valido' | 'illeggibile' | 'non-affidabile';
  /** Every level or check that did not pass, most serious first. */
  readonly motivi: ReadonlyArray<{ readonly gravita: 1 | 2 | 3; readonly codice: string; readonly messaggio: string; readonly file?: string; readonly firmatario?: string; readonly livello?: VerificationLevel }>;
  /** What was not checked even when everything passed (revocation, claimed time). */
  readonly note: readonly string[];
}

/** What was found of a declared attachment's file. */
export interface AttachmentCheck {
  readonly nomeFile: string;
  readonly state: 'presente' | 'mancante' | 'diverso' | 'fuori-cartella' | 'non-leggibile';
  readonly size?: number;
  readonly sha256?: string;
}

export interface OpenedFile {
  /** Opaque id of the file for this session; main keeps the path. */
  readonly handle: string;
  readonly name: string;
  readonly doc: Proposal;
  readonly migratedFrom: number | null;
  readonly notes: readonly string[];
  /** Partner mode: the file is a Comune's module; `doc` is proposalOfModule(partner), saved only through `partner:save`. */
  readonly partner?: PartnerModule;
}

export interface RecentItem {
  readonly id: string;
  readonly name: string;
  /** The file's folder on the desktop; empty in the browser, which is never shown a path. */
  readonly folder: string;
}

export interface RecoveryItem {
  readonly key: string;
  /** Name of the saved file it belongs to, or null for a proposal never saved. */
  readonly name: string | null;
  readonly title: string;
  /** When the recovery copy was written (ISO). */
  readonly recoveredAt: string;
  /** When the saved file was last modified (ISO), null when there is none. */
  readonly savedAt: string | null;
}

export interface Cancelled {
  readonly cancelled: true;
}

// aggregazione (capofila)
/** A module prepared for a partner, as the window shows it (never its path). */
export interface PreparedModuleInfo {
  readonly partner: string;
  readonly name: string;
  readonly richiesta: string;
  readonly entro: string;
}

/** How the officer settles a reply's conflicts: one side for all, or per conflict path. */
export type ReplyResolution = Side | { readonly perField: Readonly<Record<string, Side>> };

/**
 * A reply imported: merged (the result, which the window applies with the action
 * `aggregazione/merge-reply` as one undo step), or waiting for the officer's decisions (nothing written).
 */
export type PartnerImportOutcome =
  | {
      readonly esito: 'unita';
      readonly result: MergeResult;
      readonly partner: string;
      readonly signature: ReplySignature;
      /** The signature problem the officer accepted (code), or null. */
      readonly accepted: string | null;
      readonly applied: readonly string[];
      readonly conflicts: number;
      readonly renamed: ReadonlyArray<readonly [string, string]>;
      /** Where the reply is kept, relative to the proposal (`risposte/…`). */
      readonly replyFile: string;
    }
  | {
      readonly esito: 'da-decidere';
      readonly partner: string;
      readonly name: string;
      readonly signature: ReplySignature;
      readonly signatureRefusal: { readonly code: string; readonly message: string } | null;
      readonly conflicts: readonly Conflict[];
      /** Send this back as the source with the decisions: the same file, not asked again. */
      readonly handle: string;
    };

export interface IpcContract {
  'app:info': {
    req: Record<string, never>;
    res: { version: string; mode: 'desktop' | 'browser'; sources: Array<'dialog' | 'workspace'>; profile: { id: string; versione: number; titolo: string } };
  };
  'starters:list': { req: Record<string, never>; res: { starters: Array<{ name: string; title: string }> } };
  'file:new': { req: { starter: string }; res: { doc: Proposal } };
  'file:open': { req: { source: OpenSource }; res: OpenedFile | Cancelled };
  /** `overwrite`: the officer chose to replace a file another program changed (CHOICE_CODES.changed). */
  'file:save': { req: { handle: string; doc: Proposal; overwrite?: boolean }; res: { name: string; savedAt: string } };
  /** `overwrite`: the officer confirmed replacing an existing file (CHOICE_CODES.exists). */
  'file:saveAs': { req: { target: SaveTarget; doc: Proposal; overwrite?: boolean }; res: { handle: string; name: string; savedAt: string } | Cancelled };
  'workspace:list': { req: Record<string, never>; res: { files: Array<{ name: string; size: number; modified: string }> } };
  'recent:list': { req: Record<string, never>; res: { items: RecentItem[]; dropped: string[] } };
  'recovery:write': { req: { key: string; handle: string | null; doc: Proposal }; res: { writtenAt: string } };
  'recovery:list': { req: Record<string, never>; res: { items: RecoveryItem[] } };
  'recovery:open': { req: { key: string }; res: { doc: Proposal; handle: string | null; name: string | null } };
  'recovery:discard': { req: { key: string }; res: Record<string, never> };
  'export:dossier': { req: { doc: Proposal; format: 'pdf' | 'docx'; target: OutputTarget; overwrite?: boolean }; res: { name: string; handle: string } | Cancelled };
  /**
   * The password (or the token's PIN) travels once, in memory, to main; it is never stored or logged.
   * Signed with a .p12 (`certificate`), on a token (`token`), or unsigned; `toSignBeside` (unsigned only)
   * also writes the two files to sign with the card's software beside the package.
   */
  'package:create': {
    req: { doc: Proposal; handle: string; target: OutputTarget; certificate: InputSource | null; password: string; token?: TokenSignRequest; toSignBeside?: boolean; overwrite?: boolean };
    res: { name: string; handle: string; signed: boolean; warnings: number; toSign?: { manifest: string; pdf: string } } | Cancelled;
  };
  /** «Completa con i file firmati»: the unsigned package plus the signed manifest (.p7m) and/or dossier PDF. */
  'package:complete': {
    req: { source: InputSource; signed: InputSource[]; target: OutputTarget; overwrite?: boolean };
    res: { name: string; handle: string; signedFiles: string[] } | Cancelled;
  };
  /** The PKCS#11 modules offered: the well-known ones found on this machine; `canPick`: the desktop may choose a file. */
  'token:modules': { req: Record<string, never>; res: { modules: TokenModule[]; canPick: boolean } };
  /** Desktop: the officer chooses a module file with the system dialog. */
  'token:pickModule': { req: Record<string, never>; res: TokenModule | Cancelled };
  /** The tokens of a module and their signing certificates (no PIN needed). */
  'token:list': { req: { module: string }; res: { tokens: TokenListing[] } };
  'package:verify': { req: { source: InputSource }; res: { name: string; report: PackageVerification } | Cancelled };
  /** Desktop: shows an exported file in the system's file manager. */
  'shell:showInFolder': { req: { handle: string }; res: Record<string, never> };
  /** The window tells main what to show in the title bar and whether closing must ask first. */
  /** The files of the declared attachments, read beside the saved proposal: what Allegati shows and Problemi lists. */
  'attachments:check': { req: { doc: Proposal; handle: string }; res: { issues: Issue[]; files: AttachmentCheck[] } };
  /** A file to attach (dialog, or the workspace folder): copied into `allegati/` beside the proposal, fingerprinted by the app. */
  'attachments:add': { req: { handle: string; source: InputSource }; res: { nomeFile: string; sha256: string; size: number } | Cancelled };
  /** The browser's files to attach: those of the workspace folder and of its `allegati/`. */
  'attachments:candidates': { req: Record<string, never>; res: { files: Array<{ name: string; size: number }> } };
  'window:state': { req: { name: string | null; dirty: boolean }; res: Record<string, never> };
  // aggregazione (capofila)
  /** «Prepara i moduli per i Comuni»: one module per partner in a folder (desktop: chosen; serve: the workspace). */
  'partner:prepare': {
    req: { doc: Proposal; partners: string[] | 'tutti'; entro: string; target: { kind: 'dialog' } | { kind: 'workspace' }; overwrite?: boolean };
    /** `sent`: the modules written, which the window records with `aggregazione/record-requests` (one undo step). */
    res: { modules: PreparedModuleInfo[]; sent: PartnerModule[] } | Cancelled;
  };
  /** «Importa la risposta di un Comune»: `accept` confirms an unsigned reply or another signer; nothing written until decided. */
  'partner:import': {
    req: { doc: Proposal; handle: string; source: InputSource | { kind: 'handle'; handle: string }; accept: boolean; resolution?: ReplyResolution };
    res: PartnerImportOutcome | Cancelled;
  };
  /** The browser's replies to import: the `.proposta-partner` and `.p7m` files of the workspace folder. */
  'partner:candidates': { req: Record<string, never>; res: { files: Array<{ name: string; size: number }> } };
  /** The officer answered the close dialog: the desktop window closes (in the browser, nothing happens). */
  'window:close': { req: Record<string, never>; res: Record<string, never> };
  // aggregazione (Comune aggregato)
  /** Partner mode: the module opened with `file:open` written back (`overwrite` as for `file:save`). */
  'partner:save': { req: { handle: string; module: PartnerModule; overwrite?: boolean }; res: { name: string; savedAt: string } };
  /** «Senza firma»: the one-page summary of the saved module written beside it (`overwrite` replaces an earlier one). */
  'partner:summary': { req: { handle: string; overwrite?: boolean }; res: { name: string } };
  /**
   * «Firma e prepara la risposta»: the module signed as an enveloping CAdES `.proposta-partner.p7m`,
   * with a .p12 (`certificate` + `password`) or a token (the PIN travels once, in memory; never stored,
   * logged or sent back). `issues`: the partner's own open errors, which do not stop the signature.
   */
  'partner:sign': {
    req: { module: PartnerModule; target: OutputTarget; certificate: InputSource | null; password: string; token?: TokenSignRequest; overwrite?: boolean };
    res: { name: string; handle: string; summary: string; issues: Issue[] } | Cancelled;
  };
}

export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = IpcContract[C]['req'];
export type ResponseOf<C extends Channel> = IpcContract[C]['res'];

/** The recovery copy of a proposal is keyed by its id: a clean save of that proposal removes it. */
export const recoveryKeyFor = (doc: { readonly id: string }): string => `proposta-${doc.id}`;

/**
 * Error codes that ask the officer to choose rather than report a failure; nothing was written.
 * `exists`: a file with that name exists: replace it (send again with `overwrite: true`) or pick
 * another name. `changed`: another program changed the file since it was opened: overwrite it
 * (`overwrite: true`), save as another file, or reload it (`file:open` with `{ kind: 'handle' }`).
 */
export const CHOICE_CODES = { exists: 'FILE_ESISTENTE', changed: 'FILE_MODIFICATO_ESTERNAMENTE' } as const;

/** Every reply: a value, or an Italian error with a stable code (and the issues, when useful). */
export type Reply<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; issues?: Issue[] } };

/** The handler table that services/ implements and both hosts register. */
export type Handlers = { [C in Channel]: (req: RequestOf<C>) => Promise<Reply<ResponseOf<C>>> };

/** Commands of the desktop menu, sent from main to the window. */
/** `quit`: the officer is closing the desktop window with unsaved changes; the window asks what to do. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'close', 'undo', 'redo', 'exportPdf', 'exportDocx', 'package', 'verify', 'quit'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The bridge the window sees as `window.api` (preload) or builds over HTTP. */
export type Api = { [C in Channel]: (req: RequestOf<C>) => Promise<Reply<ResponseOf<C>>> };

/** The channels, in one list, for the preload and the HTTP bridge. */
export const CHANNELS = [
  'app:info', 'starters:list', 'file:new', 'file:open', 'file:save', 'file:saveAs', 'workspace:list',
  'recent:list', 'recovery:write', 'recovery:list', 'recovery:open', 'recovery:discard', 'window:state', 'window:close', 'attachments:check', 'attachments:add', 'attachments:candidates',
  'export:dossier', 'package:create', 'package:complete', 'package:verify', 'shell:showInFolder',
  'token:modules', 'token:pickModule', 'token:list',
  // aggregazione (Comune aggregato)
  'partner:save', 'partner:sign', 'partner:summary',
  // aggregazione (capofila)
  'partner:prepare', 'partner:import', 'partner:candidates',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every channel of the contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
export const CHANNELS_COMPLETE: Missing extends never ? true : never = true;
