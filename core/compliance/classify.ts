import type { ComplianceRule, ComplianceRules } from '../generated/types';
import { evaluate, type Evaluation, type Truth } from './condition';
import type { AiAnswers, QuestionKey } from './questions';
import { defaultComplianceRules } from './rules';

/**
 * The AI Act class of a system, most severe first. `deroga-art-6-3`: listed in Annex III but not
 * high-risk under Art. 6(3). `incompleto`: an unanswered question decides between two classes.
 */
export type AiClass = 'vietato' | 'alto-rischio' | 'deroga-art-6-3' | 'trasparenza' | 'minimo' | 'incompleto';

export interface AiClassification {
  readonly classe: AiClass;
  /** Ids of the rules that decided the class (prohibitions, Annex III points, derogation, override). */
  readonly motivi: readonly string[];
  /** Annex III points recognised, e.g. `III-5(a)` (also when the Art. 6(3) derogation applies). */
  readonly puntiAllegato: readonly string[];
  /** Whether at least one Art. 50 duty applies; it can go with any class but `vietato`. */
  readonly trasparenza: Truth;
  /** Questions to answer before the class is certain; empty when it is. */
  readonly mancanti: readonly QuestionKey[];
}

interface Scored {
  readonly rule: ComplianceRule;
  readonly result: Evaluation;
}

const ofKind = (rules: ComplianceRules, answers: AiAnswers, tipo: ComplianceRule['tipo']): Scored[] =>
  rules.regole.filter((r) => r.tipo === tipo).map((rule) => ({ rule, result: evaluate(rule.condizione, answers) }));

const matched = (xs: readonly Scored[]): Scored[] => xs.filter((x) => x.result.value === true);
const open = (xs: readonly Scored[]): Scored[] => xs.filter((x) => x.result.value === 'unknown');
const missingOf = (xs: readonly Scored[]): QuestionKey[] => [...new Set(xs.flatMap((x) => x.result.missing))];

/** One value for a group of rules: true if any is true, unknown if none is but some are unknown. */
function any(xs: readonly Scored[]): Truth {
  if (matched(xs).length) return true;
  return open(xs).length ? 'unknown' : false;
}

/**
 * Derives the class of one AI system from its answers and the rule data: Art. 5 prohibitions,
 * then Annex III uses (Art. 6(2)) with the Art. 6(3) derogation and its profiling override, then
 * the Art. 50 transparency duties. It never guesses: a missing answer that could change the class
 * gives `incompleto` with the questions to answer.
 */
export function classifyAiSystem(answers: AiAnswers, rules: ComplianceRules = defaultComplianceRules()): AiClassification {
  const bans = ofKind(rules, answers, 'divieto');
  const uses = ofKind(rules, answers, 'alto-rischio');
  const derogations = ofKind(rules, answers, 'deroga');
  const overrides = ofKind(rules, answers, 'prevalenza');
  const duties = ofKind(rules, answers, 'trasparenza');
  const trasparenza = any(duties);
  const points = matched(uses).map((u) => u.rule.puntoAllegato).filter((p): p is string => p !== null);
  const result = (classe: AiClass, motivi: readonly Scored[], mancanti: QuestionKey[] = []): AiClassification =>
    ({ classe, motivi: motivi.map((m) => m.rule.id), puntiAllegato: points, trasparenza, mancanti });

  if (matched(bans).length) return result('vietato', matched(bans));
  const pending = [...open(bans)];

  const listed = matched(uses);
  if (listed.length) {
    const override = any(overrides);
    const derogation = any(derogations);
    if (override === true) return pending.length ? result('incompleto', [], missingOf(pending)) : result('alto-rischio', [...listed, ...matched(overrides)]);
    if (derogation === false) return pending.length ? result('incompleto', [], missingOf(pending)) : result('alto-rischio', listed);
    if (derogation === true && override === false && !pending.length) return result('deroga-art-6-3', [...listed, ...matched(derogations)]);
    return result('incompleto', [], missingOf([...pending, ...open(overrides), ...open(derogations)]));
  }
  pending.push(...open(uses));
  if (pending.length) return result('incompleto', [], missingOf(pending));
  if (trasparenza === true) return result('trasparenza', matched(duties));
  if (trasparenza === 'unknown') return result('incompleto', [], missingOf(open(duties)));
  return result('minimo', []);
}

/** The value of the proposal's «classe di rischio» field that matches a derived class. */
export function declaredRiskOf(c: AiClassification): 'minimo' | 'limitato' | 'alto' | null {
  switch (c.classe) {
    case 'alto-rischio': return 'alto';
    case 'trasparenza': return 'limitato';
    case 'deroga-art-6-3':
    case 'minimo': return c.trasparenza === true ? 'limitato' : c.trasparenza === false ? 'minimo' : null;
    default: return null;
  }
}
