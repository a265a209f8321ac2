import type { ComplianceRule, MisureIa } from '../generated/types';
import type { DescribedMeasures, MeasureKey } from './issues';
import type { DerivedObligation } from './obligations';
import { MEASURE_OUTLINES, OBLIGATION_OUTLINE, saysSomething } from './outlines';
import type { AiSystemPlace } from './systems';

/** The measures, in the order the editor and the dossier show them. */
export const MEASURE_KEYS: readonly MeasureKey[] = ['valutazione-diritti', 'sorveglianza-umana', 'conservazione-log', 'avviso'];

const MEASURE_FIELD: Readonly<Record<Exclude<MeasureKey, 'sorveglianza-umana'>, keyof MisureIa>> = {
  'valutazione-diritti': 'valutazioneDiritti',
  'conservazione-log': 'conservazioneLog',
  avviso: 'avviso',
};

/** The field where a system's measure is described (human oversight: the component's own field). */
export function measurePointer(system: AiSystemPlace, measure: MeasureKey): string {
  return measure === 'sorveglianza-umana' ? system.supervisione.pointer : `${system.base}/misure/${MEASURE_FIELD[measure]}`;
}

/** The text of a measure as written. */
export function measureText(system: AiSystemPlace, measure: MeasureKey): string {
  return measure === 'sorveglianza-umana' ? system.supervisione.text : system.valutazione.misure[MEASURE_FIELD[measure]];
}

/** The measures that are described, for the findings: an outline left unfilled describes nothing. */
export function describedMeasures(system: AiSystemPlace): DescribedMeasures {
  return Object.fromEntries(MEASURE_KEYS.map((m) => [m, saysSomething(measureText(system, m)) ? measureText(system, m) : ''])) as DescribedMeasures;
}

/**
 * Where the «come lo soddisfiamo» text of an obligation lives: an obligation that asks for a measure
 * is met by that measure's text (shared by every obligation asking for it); any other has a row of
 * its own in `obblighi`, which exists only once something was written (`pointer` null before).
 */
export type HowMet =
  | { readonly kind: 'misura'; readonly measure: MeasureKey; readonly pointer: string; readonly text: string }
  | { readonly kind: 'testo'; readonly pointer: string | null; readonly text: string };

export function howMet(system: AiSystemPlace, obligation: Pick<DerivedObligation, 'ruleId' | 'misura'>): HowMet {
  if (obligation.misura) {
    return { kind: 'misura', measure: obligation.misura, pointer: measurePointer(system, obligation.misura), text: measureText(system, obligation.misura) };
  }
  const i = system.valutazione.obblighi.findIndex((o) => o.regola === obligation.ruleId);
  const row = system.valutazione.obblighi[i];
  return { kind: 'testo', pointer: row ? `${system.base}/obblighi/${i}/come` : null, text: row?.come ?? '' };
}

/** The outline of the text that meets an obligation. */
export function outlineOf(misura: ComplianceRule['misura']): readonly string[] {
  return misura ? MEASURE_OUTLINES[misura] : OBLIGATION_OUTLINE;
}

/**
 * Texts written for obligations that the answers no longer derive: kept, never dropped silently,
 * so the editor can show them and the officer decide.
 */
export function orphanTexts(system: AiSystemPlace, obligations: readonly DerivedObligation[]): Array<{ regola: string; come: string; pointer: string }> {
  const due = new Set(obligations.map((o) => o.ruleId));
  return system.valutazione.obblighi
    .map((o, i) => ({ regola: o.regola, come: o.come, pointer: `${system.base}/obblighi/${i}/come` }))
    .filter((o) => !due.has(o.regola));
}

/** A measure the editor asks for: its field, its text and the obligations it answers. */
export interface MeasureToDescribe {
  readonly measure: MeasureKey;
  readonly pointer: string;
  readonly text: string;
  readonly obligations: readonly DerivedObligation[];
}

/**
 * The measures of a system the editor shows, in order: those a derived obligation asks for, and any
 * already written (so that no text is hidden when the answers change).
 */
export function measuresToDescribe(system: AiSystemPlace, obligations: readonly DerivedObligation[]): MeasureToDescribe[] {
  return MEASURE_KEYS.map((measure) => ({
    measure, pointer: measurePointer(system, measure), text: measureText(system, measure), obligations: obligations.filter((o) => o.misura === measure),
  })).filter((m) => m.obligations.length > 0 || m.text.trim() !== '');
}
