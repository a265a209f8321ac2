import { basename } from 'node:path';
import { loadError, parseProposalText, type Cancelled, type OpenedFile, type OpenSource, type Reply } from '../../core';
import { openProposalFile, readProposalText, type OpenedProposal } from '../files/open';
import { outOfScale } from './document';
import type { AppHost, Place } from './host';
import { isPartnerModule, openModuleAt } from './partner-module';
import { ERR, fail, ok } from './reply';

/**
 * Reads and checks a proposal file: the core's parse, migration and validation, and numbers no
 * service can compute with (those make the file unreadable as STRUTTURA_NON_VALIDA, with their
 * fields listed). Used by «Apri» and by `proposta validate` and `eligibility`.
 */
export async function loadProposal(host: AppHost, path: string, followLinks = true): Promise<OpenedProposal> {
  return inScale(await openProposalFile(path, { profile: host.profile, now: host.now(), followLinks }));
}

function inScale(r: OpenedProposal): OpenedProposal {
  if (!r.ok) return r;
  const scale = outOfScale(r.doc);
  return scale.length ? { ok: false, error: loadError('STRUTTURA_NON_VALIDA'), issues: scale, stamp: r.stamp } : r;
}

/** The path behind an open request: a dialog, a workspace name, the recent list, or a file of this session (reload). */
async function pathOf(host: AppHost, source: OpenSource | Place): Promise<Reply<{ path: string; followLinks: boolean } | Cancelled>> {
  switch (source.kind) {
    case 'recent': {
      const entry = host.session?.recent.read().find((e) => e.id === source.id);
      if (!entry) return ERR.recent();
      return host.allows(entry.path) ? ok({ path: entry.path, followLinks: host.mode !== 'browser' }) : ERR.outside();
    }
    case 'handle': {
      const known = host.session?.files.get(source.handle);
      return known?.kind === 'proposta' || known?.kind === 'partner' ? ok({ path: known.path, followLinks: host.mode !== 'browser' }) : ERR.handle();
    }
    default: {
      const where = await host.locate(source, 'proposta', 'read');
      if (!where.ok) return where;
      return 'cancelled' in where ? ok({ cancelled: true as const }) : ok({ path: where.path, followLinks: where.followLinks });
    }
  }
}

/**
 * «Apri» (and reload after another program's change): the file joins this session and the recent
 * list. A Comune's module (`.proposta-partner`, or any file whose content says so) opens in partner mode.
 */
export async function openFile(host: AppHost, source: OpenSource | Place): Promise<Reply<OpenedFile | Cancelled>> {
  const where = await pathOf(host, source);
  if (!where.ok) return where;
  if ('cancelled' in where.value) return ok(where.value);
  const { path, followLinks } = where.value;
  const text = await readProposalText(path, followLinks);
  if (!text.ok) return fail(text.error.code, text.error.message, text.issues);
  if (isPartnerModule(path, text.text)) return openModuleAt(host, path, text.text, text.stamp);
  const r = inScale({ ...parseProposalText(text.text, { profile: host.profile, now: host.now() }), stamp: text.stamp });
  if (!r.ok) return fail(r.error.code, r.error.message, r.issues);
  const s = host.session;
  const handle = s ? s.files.register(path, 'proposta', r.stamp) : '';
  await s?.recent.remember(path);
  return ok({ handle, name: basename(path), doc: r.doc, migratedFrom: r.migratedFrom, notes: r.notes });
}
