import { SCHEMA_VERSION } from '../proposal/version';
import type { Channel, OpenSource, Reply, RequestOf, SaveTarget } from './contract';
import { CHANNELS } from './contract';

type Guard<T> = (x: unknown) => x is T;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** An object with exactly these keys (plus, if present, the optional ones), each passing its check: extra keys are refused. */
function shape<T>(checks: Record<string, (v: unknown) => boolean>, optional: Record<string, (v: unknown) => boolean> = {}): Guard<T> {
  const keys = Object.keys(checks);
  return (x: unknown): x is T =>
    isRecord(x) && keys.every((k) => Object.hasOwn(x, k) && checks[k]!(x[k])) &&
    Object.keys(x).every((k) => Object.hasOwn(checks, k) || (Object.hasOwn(optional, k) && optional[k]!(x[k])));
}

const OVERWRITE = { overwrite: (v: unknown) => typeof v === 'boolean' };

const HANDLE = /^[0-9a-f]{32}$/;
const KEY = /^[0-9a-z-]{1,80}$/;
const STARTER = /^[a-z0-9-]{1,40}$/;
/**
 * A bare file name in the workspace folder: no folders, no control or reserved characters. Proposals
 * are saved as `.proposta` (one extension the OS can associate with the app); `.proposta.json`
 * files, such as the starters, open too.
 */
export const WORKSPACE_NAME = /^(?!\.)[^/\\:*?"<>|\u0000-\u001f]{1,120}\.proposta(\.json)?$/;
/** A Comune's module in the workspace folder: it opens (in partner mode) and is listed, but nothing is saved as one by name. */
export const MODULE_NAME = /^(?!\.)[^/\\:*?"<>|\u0000-\u001f]{1,120}\.proposta-partner$/;

/** Output and input files in the workspace folder, by kind. */
const named = (ext: string) => new RegExp(`^(?!\\.)[^/\\\\:*?"<>|\\u0000-\\u001f]{1,120}\\.(${ext})$`, 'i');
export const OUTPUT_NAMES = { pdf: named('pdf'), docx: named('docx'), zip: named('zip'), certificate: named('p12|pfx'), signed: named('p7m|pdf'), reply: named('proposta-partner\\.p7m') } as const;
/** A PKCS#11 module: a well-known one found on disk, or one chosen with the desktop dialog (a handle). Never a path. */
export const MODULE_ID = /^(noto-[0-9a-f]{16}|[0-9a-f]{32})$/;
/** A token label (32 characters in PKCS#11, some room left) and a certificate's CKA_ID in hex. */
const TOKEN_LABEL = /^[^\u0000-\u001f]{1,64}$/;
const CKA_ID = /^[0-9a-f]{0,256}$/;
/** A file to attach, in the workspace folder or its `allegati/`. */
export const ATTACHMENT_NAME = /^(allegati\/)?(?!\.)[^/\\:*?"<>|\u0000-\u001f]{1,120}\.(pdf|p7m|p7s|docx|doc|odt|xlsx|xls|ods|csv|xml|zip|jpg|jpeg|png|tif|tiff|txt)$/i;

// aggregazione (capofila)
/** A partner's reply in the workspace folder: a module, signed or not (a `.p7m` is recognised by its content). */
export const REPLY_NAME = /^(?!\.)[^/\\:*?"<>|\u0000-\u001f]{1,120}\.(proposta-partner|proposta-partner\.p7m|p7m)$/i;
const PARTNER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isSide = (v: unknown) => v === 'mio' || v === 'loro';
/** One side for all, or one per conflict path (a pointer of the module's parts, a few hundred at most). */
const isResolution = (v: unknown) =>
  isSide(v) || (shape({ perField: (m) => isRecord(m) && Object.keys(m).length <= 1000 && Object.entries(m).every(([k, s]) => k.length <= 300 && k.startsWith('/') && isSide(s)) })(v));
const isPartners = (v: unknown) => v === 'tutti' || (Array.isArray(v) && v.length >= 1 && v.length <= 200 && v.every((p) => typeof p === 'string' && PARTNER_ID.test(p)));

const isHandle = (v: unknown) => typeof v === 'string' && HANDLE.test(v);
const isKey = (v: unknown) => typeof v === 'string' && KEY.test(v);
const isName = (v: unknown) => typeof v === 'string' && WORKSPACE_NAME.test(v);
const isSuggested = (v: unknown) => typeof v === 'string' && v.length <= 200;
/** The document's shape is checked by the handler (schema, structural issues); here only its envelope. */
const isDoc = (v: unknown) => isRecord(v) && v.schemaVersion === SCHEMA_VERSION;
const empty = shape<Record<string, never>>({});
const matches = (pattern: RegExp) => (v: unknown) => typeof v === 'string' && pattern.test(v);
const isTokenSign = shape({ module: matches(MODULE_ID), token: matches(TOKEN_LABEL), certificate: matches(CKA_ID), pin: (v) => typeof v === 'string' && v.length <= 256 });

const isOpenSource: Guard<OpenSource> = (x): x is OpenSource =>
  shape({ kind: (v) => v === 'dialog' })(x) ||
  shape({ kind: (v) => v === 'recent', id: (v) => typeof v === 'string' && /^[0-9a-f]{16}$/.test(v) })(x) ||
  shape({ kind: (v) => v === 'workspace', name: (v) => isName(v) || matches(MODULE_NAME)(v) })(x) ||
  shape({ kind: (v) => v === 'handle', handle: isHandle })(x);

const isSaveTarget: Guard<SaveTarget> = (x): x is SaveTarget =>
  shape({ kind: (v) => v === 'dialog', suggestedName: isSuggested })(x) || shape({ kind: (v) => v === 'workspace', name: isName })(x);

const isTarget = (pattern: RegExp) => (x: unknown): boolean =>
  shape({ kind: (v) => v === 'dialog', suggestedName: isSuggested })(x) ||
  shape({ kind: (v) => v === 'workspace', name: (v) => typeof v === 'string' && pattern.test(v) })(x);
const isInput = (pattern: RegExp) => (x: unknown): boolean =>
  shape({ kind: (v) => v === 'dialog' })(x) || shape({ kind: (v) => v === 'workspace', name: (v) => typeof v === 'string' && pattern.test(v) })(x);

const isPackageCreate = shape<RequestOf<'package:create'>>({
  doc: isDoc, handle: isHandle, target: isTarget(OUTPUT_NAMES.zip),
  certificate: (v) => v === null || isInput(OUTPUT_NAMES.certificate)(v), password: (v) => typeof v === 'string' && v.length <= 1024,
}, { ...OVERWRITE, token: isTokenSign, toSignBeside: (v) => typeof v === 'boolean' });

// aggregazione (Comune aggregato)
/** The module's shape is checked by the handler (its schema); here only its envelope. */
const isModule = (v: unknown) => isRecord(v) && v.formatoModulo === 1;
const isPartnerSign = shape<RequestOf<'partner:sign'>>({
  module: isModule, target: isTarget(OUTPUT_NAMES.reply),
  certificate: (v) => v === null || isInput(OUTPUT_NAMES.certificate)(v), password: (v) => typeof v === 'string' && v.length <= 1024,
}, { ...OVERWRITE, token: isTokenSign });

/** One guard per channel: main (and the HTTP bridge) call no handler on a request that fails it. */
export const REQUEST_GUARDS: { [C in Channel]: Guard<RequestOf<C>> } = {
  'app:info': empty,
  'starters:list': empty,
  'file:new': shape({ starter: (v) => typeof v === 'string' && STARTER.test(v) }),
  'file:open': shape({ source: isOpenSource }),
  'file:save': shape({ handle: isHandle, doc: isDoc }, OVERWRITE),
  'file:saveAs': shape({ target: isSaveTarget, doc: isDoc }, OVERWRITE),
  'workspace:list': empty,
  'recent:list': empty,
  'recovery:write': shape({ key: isKey, handle: (v) => v === null || isHandle(v), doc: isDoc }),
  'recovery:list': empty,
  'recovery:open': shape({ key: isKey }),
  'recovery:discard': shape({ key: isKey }),
  'export:dossier': (x: unknown): x is RequestOf<'export:dossier'> =>
    shape({ doc: isDoc, format: (v) => v === 'pdf', target: isTarget(OUTPUT_NAMES.pdf) }, OVERWRITE)(x) ||
    shape({ doc: isDoc, format: (v) => v === 'docx', target: isTarget(OUTPUT_NAMES.docx) }, OVERWRITE)(x),
  // One way to sign at a time: a .p12, a token, or none (and only then the files to sign beside).
  'package:create': (x: unknown): x is RequestOf<'package:create'> =>
    isPackageCreate(x) && (x.token === undefined || x.certificate === null) && (x.toSignBeside !== true || (x.certificate === null && x.token === undefined)),
  'package:complete': shape({
    source: isInput(OUTPUT_NAMES.zip), target: isTarget(OUTPUT_NAMES.zip),
    signed: (v) => Array.isArray(v) && v.length >= 1 && v.length <= 2 && v.every(isInput(OUTPUT_NAMES.signed)),
  }, OVERWRITE),
  'token:modules': empty,
  'token:pickModule': empty,
  'token:list': shape({ module: matches(MODULE_ID) }),
  'package:verify': shape({ source: isInput(OUTPUT_NAMES.zip) }),
  'shell:showInFolder': shape({ handle: isHandle }),
  'window:close': empty,
  'attachments:check': shape({ doc: isDoc, handle: isHandle }),
  'attachments:add': shape({ handle: isHandle, source: isInput(ATTACHMENT_NAME) }),
  'attachments:candidates': empty,
  'window:state': shape({ name: (v) => v === null || (typeof v === 'string' && v.length <= 255), dirty: (v) => typeof v === 'boolean' }),
  // aggregazione (Comune aggregato)
  'partner:save': shape({ handle: isHandle, module: isModule }, OVERWRITE),
  'partner:summary': shape({ handle: isHandle }, OVERWRITE),
  // Exactly one way to sign: a .p12 or a token (unsigned is a save).
  'partner:sign': (x: unknown): x is RequestOf<'partner:sign'> => isPartnerSign(x) && (x.token === undefined) !== (x.certificate === null),
  // aggregazione (capofila)
  'partner:prepare': shape({
    doc: isDoc, partners: isPartners, entro: (v) => v === '' || (typeof v === 'string' && DATE.test(v)),
    target: (v) => shape({ kind: (k) => k === 'dialog' })(v) || shape({ kind: (k) => k === 'workspace' })(v),
  }, OVERWRITE),
  'partner:import': shape({
    doc: isDoc, handle: isHandle, accept: (v) => typeof v === 'boolean',
    source: (v) => isInput(REPLY_NAME)(v) || shape({ kind: (k) => k === 'handle', handle: isHandle })(v),
  }, { resolution: isResolution }),
  'partner:candidates': empty,
};

export const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);

export type Checked = { ok: true; channel: Channel; req: unknown } | Extract<Reply<never>, { ok: false }>;

/** Checks a request before any handler sees it. */
export function checkRequest(channel: unknown, req: unknown): Checked {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'CANALE_SCONOSCIUTO', message: "Richiesta sconosciuta: l'operazione non è stata eseguita e nessun file è stato modificato." } };
  }
  if (!REQUEST_GUARDS[channel](req)) {
    return { ok: false, error: { code: 'RICHIESTA_NON_VALIDA', message: "Richiesta non valida: l'operazione non è stata eseguita e nessun file è stato modificato." } };
  }
  return { ok: true, channel, req };
}
