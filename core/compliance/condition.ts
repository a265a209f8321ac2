import type { ComplianceCondition } from '../generated/types';
import { askFirst, type AiAnswers, type QuestionKey } from './questions';

/** Three-valued truth: an unanswered question makes a condition unknown, never false. */
export type Truth = true | false | 'unknown';

/** What a condition may read besides the answers: facts derived by earlier steps. */
export interface ConditionFacts {
  /** The primary class, or undefined while it is not known. */
  readonly classe?: string;
  /** Annex III points recognised, e.g. `III-5(a)`; undefined while the class is not known. */
  readonly puntiAllegato?: readonly string[];
  /** Whether a DPIA is due; 'unknown' while answers are missing. */
  readonly dpiaNecessaria?: Truth;
}

export interface Evaluation {
  readonly value: Truth;
  /** Unanswered questions that kept the value unknown (empty when it is known). */
  readonly missing: readonly QuestionKey[];
}

const known = (value: boolean): Evaluation => ({ value, missing: [] });
const unknown = (missing: readonly QuestionKey[]): Evaluation => ({ value: 'unknown', missing });

function uniq(keys: Iterable<QuestionKey>): QuestionKey[] {
  return [...new Set(keys)];
}

/**
 * Evaluates a condition of the rule data with Kleene's logic: «tutte» is false as soon as one
 * part is false, «almenoUna» true as soon as one part is true; otherwise an unknown part keeps the
 * whole unknown and names the questions to answer.
 */
export function evaluate(c: ComplianceCondition, answers: AiAnswers, facts: ConditionFacts = {}): Evaluation {
  if (c.tutte) {
    const parts = c.tutte.map((p) => evaluate(p, answers, facts));
    if (parts.some((p) => p.value === false)) return known(false);
    const open = parts.filter((p) => p.value === 'unknown');
    return open.length ? unknown(uniq(open.flatMap((p) => p.missing))) : known(true);
  }
  if (c.almenoUna) {
    const parts = c.almenoUna.map((p) => evaluate(p, answers, facts));
    if (parts.some((p) => p.value === true)) return known(true);
    const open = parts.filter((p) => p.value === 'unknown');
    return open.length ? unknown(uniq(open.flatMap((p) => p.missing))) : known(false);
  }
  if (c.non) {
    const inner = evaluate(c.non, answers, facts);
    return inner.value === 'unknown' ? inner : known(!inner.value);
  }
  if (c.domanda !== undefined && c.valore !== undefined) {
    const given: string = answers[c.domanda];
    return given === '' ? unknown([askFirst(c.domanda, answers)]) : known(given === c.valore);
  }
  if (c.classe) {
    return facts.classe === undefined ? unknown([]) : known(c.classe.some((x) => x === facts.classe));
  }
  if (c.puntoAllegato !== undefined) {
    return facts.puntiAllegato === undefined ? unknown([]) : known(facts.puntiAllegato.includes(c.puntoAllegato));
  }
  if (c.derivato === 'dpia-necessaria') {
    const v = facts.dpiaNecessaria ?? 'unknown';
    return v === 'unknown' ? unknown([]) : known(v);
  }
  // The schema admits no other form; an empty object cannot pass it.
  return unknown([]);
}

/** Every question a condition reads, for the checks on the rule data. */
export function questionsIn(c: ComplianceCondition): Array<{ key: QuestionKey; value: string }> {
  const inner = [...(c.tutte ?? []), ...(c.almenoUna ?? []), ...(c.non ? [c.non] : [])];
  const own = c.domanda !== undefined && c.valore !== undefined ? [{ key: c.domanda, value: c.valore as string }] : [];
  return [...own, ...inner.flatMap(questionsIn)];
}
