import { describe, expect, it } from 'vitest';
import { starter } from '../../test/helpers/docs';
import { applyAction } from '../actions';
import { RULE_CODES } from '../validation/codes';
import { mergePartnerReply } from './merge-reply';
import { isReplyOf, mergedReplies, replyFileIssue, replyFileName } from './reply-file';
import { REQ, reply, send, UNSIGNED } from './test-support';

describe('replyFileName', () => {
  it('names the reply by partner and request, signed or not', () => {
    expect(replyFileName('p-2', '0f3a9c1e-aaaa-bbbb', true)).toBe('risposte/p-2-0f3a9c1e.proposta-partner.p7m');
    expect(replyFileName('p-2', '0f3a9c1e-aaaa-bbbb', false)).toBe('risposte/p-2-0f3a9c1e.proposta-partner');
  });
  it('never lets an id leave the folder', () => {
    const name = replyFileName('../../etc', '../x/y/z', false);
    expect(name.startsWith('risposte/')).toBe(true);
    expect(name.slice('risposte/'.length)).not.toMatch(/[/\\]/);
  });
});

describe('the merged replies a proposal must have beside it', () => {
  const lead = starter('aggregazione');
  const signedReceipt = { now: new Date('2026-11-25T09:00:00Z'), firma: 'valida' as const, firmatario: 'MARIO ROSSI', codiceFiscaleFirmatario: 'RSSMRA80A01H501U' };

  it('lists only merged replies, named as signed or not', () => {
    const a = send(lead, 'cutrofiano', REQ[0]);
    const b = send(a.doc, 'soleto', REQ[1]);
    const c = send(b.doc, 'sogliano-cavour', REQ[2]);
    let doc = c.doc;
    for (const [module, receipt] of [[a.module, UNSIGNED], [b.module, signedReceipt]] as const) {
      const out = mergePartnerReply(doc, reply(module, (m) => { m.parti.ente.pec = `x@${m.partner}.it`; }), receipt);
      if (!out.ok) throw new Error(out.refusal.code);
      doc = applyAction(doc, { type: 'aggregazione/merge-reply', result: out.result }).doc;
    }
    expect(mergedReplies(doc).map((r) => [r.partner, r.name])).toEqual([
      ['cutrofiano', `risposte/cutrofiano-${REQ[0].slice(0, 8)}.proposta-partner`],
      ['soleto', `risposte/soleto-${REQ[1].slice(0, 8)}.proposta-partner.p7m`],
    ]);
    expect(mergedReplies(starter('comune-singolo'))).toEqual([]);

    const [first] = mergedReplies(doc);
    expect(isReplyOf(doc, first!, a.module)).toBe(true);
    expect(isReplyOf(doc, first!, { ...a.module, richiesta: REQ[2] })).toBe(false);
    expect(isReplyOf(doc, first!, { ...a.module, partner: 'soleto' })).toBe(false);
    expect(isReplyOf(doc, first!, { ...a.module, proposta: 'altra' })).toBe(false);
    expect(isReplyOf(doc, first!, null)).toBe(false);
    expect(replyFileIssue(doc, first!, 'presente')).toBeNull();
    const states = ['mancante', 'diverso', 'fuori-cartella', 'non-leggibile'] as const;
    expect(states.map((s) => replyFileIssue(doc, first!, s)!.code)).toEqual(['RISPOSTA_FILE_MANCANTE', 'RISPOSTA_FILE_DIVERSO', 'RISPOSTA_FUORI_CARTELLA', 'RISPOSTA_NON_LEGGIBILE']);
    for (const s of states) {
      const issue = replyFileIssue(doc, first!, s)!;
      expect([issue.severity, issue.pointer, RULE_CODES[issue.code as keyof typeof RULE_CODES].severity]).toEqual(['errore', '/ente/scambi/0/risposta', 'errore']);
      expect(issue.message).toContain(first!.name);
    }
  });
});
