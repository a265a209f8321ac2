// Shared by tests: the starters as plain data, a fixed clock, and a way to derive a variant.
import { readFileSync } from 'node:fs';
import { defaultCallProfile, validate, type CallProfile, type Issue, type IssueCode, type Proposal } from '../../core';

/** Tests run as of this moment: inside the submission window, more than 14 days before it closes. */
export const NOW = new Date('2026-11-26T10:00:00Z');
export const PROFILE = defaultCallProfile();

export const STARTER_NAMES = ['comune-singolo', 'aggregazione', 'provincia'] as const;
export type StarterName = (typeof STARTER_NAMES)[number];

export const starterPath = (name: string): string =>
  new URL(`../../templates/examples/${name}.proposta.json`, import.meta.url).pathname;

export function starter(name: StarterName): Proposal {
  return JSON.parse(readFileSync(starterPath(name), 'utf8')) as Proposal;
}

/** A deep copy of `doc` changed by `fn`: the original is never touched. */
export function edit(doc: Proposal, fn: (d: Proposal) => void): Proposal {
  const copy = structuredClone(doc);
  fn(copy);
  return copy;
}

/** A profile variant, e.g. with a parameter the Region has set. */
export function profileWith(fn: (p: CallProfile) => void): CallProfile {
  const copy = structuredClone(PROFILE);
  fn(copy);
  return copy;
}

export function issues(doc: unknown, opts: { profile?: CallProfile; now?: Date } = {}): Issue[] {
  return validate(doc, { profile: opts.profile ?? PROFILE, now: opts.now ?? NOW });
}

/** Codes of errors and warnings (not notices), sorted and deduplicated. */
export function codes(doc: unknown, opts: { profile?: CallProfile; now?: Date } = {}): IssueCode[] {
  return [...new Set(issues(doc, opts).filter((i) => i.severity !== 'nota').map((i) => i.code))].sort();
}

/** The issues with that code. */
export function withCode(doc: unknown, code: IssueCode, opts: { profile?: CallProfile; now?: Date } = {}): Issue[] {
  return issues(doc, opts).filter((i) => i.code === code);
}
