import { QUESTIONS, questionOf, type QuestionKey } from '../../compliance/questions';
import { locateAiSystem, type AiSystemKey } from '../../compliance/systems';
import { countOf } from '../../derive/number-text';
import type { Proposal, QuestionarioIa } from '../../generated/types';
import { recorded, unchanged, type ActionResult } from '../types';
import { updateAt } from '../update-at';

export interface AnswerPayload {
  readonly system: AiSystemKey;
  readonly question: QuestionKey;
  /** One of the question's options, or `''` for «non so ancora». */
  readonly value: string;
}

/** Follow-up answers whose question is no longer asked, recursively (they would be hidden data). */
function clearedFollowUps(q: QuestionarioIa): { questionario: QuestionarioIa; cleared: number } {
  let next = q;
  let cleared = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const def of QUESTIONS) {
      if (!def.askIf || next[def.askIf.key] === def.askIf.value || next[def.key] === '') continue;
      next = { ...next, [def.key]: '' };
      cleared += 1;
      changed = true;
    }
  }
  return { questionario: next, cleared };
}

/**
 * Answers one question of a system's questionnaire: one undo step. An answer that stops a follow-up
 * question from being asked also clears that question's answer, and says so (Annulla restores it).
 */
export function answerQuestion(doc: Proposal, { system, question, value }: AnswerPayload): ActionResult {
  const place = locateAiSystem(doc, system);
  const def = QUESTIONS.find((q) => q.key === question);
  if (!place || !def || (value !== '' && !def.options.some((o) => o.value === value))) return unchanged(doc);
  const before = place.valutazione.questionario;
  if (before[question] === value) return unchanged(doc);
  const { questionario, cleared } = clearedFollowUps({ ...before, [question]: value });
  const pointer = `${place.base}/questionario`;
  const next = updateAt(doc, pointer, () => questionario) as Proposal;
  const notice = cleared
    ? `${countOf(cleared, 'risposta a una domanda che non si pone più è stata cancellata', 'risposte a domande che non si pongono più sono state cancellate')} (dopo «${questionOf(question).text}»). Per ripristinarle usa Annulla (Ctrl+Z).`
    : undefined;
  return recorded(doc, next, `${pointer}/${question}`, notice);
}
