import type { CallProfile, Proposal } from '../generated/types';
import { APP_VERSION, SCHEMA_VERSION } from './version';

export interface StampInput {
  /** A fresh UUID, from the caller (core has no random source of its own). */
  readonly id: string;
  readonly now: Date;
  readonly profile: CallProfile;
}

/**
 * A new proposal from a template (a starter or the empty one): new identity, times, app version
 * and call profile; the content is deep-copied so the template is never shared.
 */
export function stampProposal(template: Proposal, { id, now, profile }: StampInput): Proposal {
  const iso = now.toISOString();
  return {
    ...(structuredCloneJson(template)),
    schemaVersion: SCHEMA_VERSION,
    id,
    avviso: { id: profile.id, versione: profile.versione },
    creato: iso,
    aggiornato: iso,
    versioneApp: APP_VERSION,
  };
}

/** Marks a proposal as changed now, as every save does. */
export function touchProposal(doc: Proposal, now: Date): Proposal {
  return { ...doc, aggiornato: now.toISOString(), versioneApp: APP_VERSION };
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
