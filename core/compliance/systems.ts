import { chosenQualifying, componentName } from '../derive/components';
import type { CallProfile, Proposal, SoluzioneIa, ValutazioneIa } from '../generated/types';

/** Which AI system: the one of component d, of component e, or another one by its row id. */
export type AiSystemKey = 'ricerca' | 'orchestrazione' | `altro:${string}`;

/** Where an AI system's assessment and oversight live in the proposal. */
export interface AiSystemPlace {
  readonly key: AiSystemKey;
  /** Pointer of its assessment: questionnaire, measures, how each obligation is met. */
  readonly base: string;
  readonly valutazione: ValutazioneIa;
  /** Where its human oversight is described: `ia.supervisioneUmana` of d and e, its own field otherwise. */
  readonly supervisione: { readonly pointer: string; readonly text: string };
}

/** An AI system the proposal declares, with everything the helper needs to assess it. */
export interface AiSystem extends AiSystemPlace {
  /** Its name as the officer reads it: «d) Motore di ricerca intelligente» or the name given. */
  readonly nome: string;
  readonly componente: 'd' | 'e' | null;
  /** For another system, its row in `conformita.sistemiIa.altri`. */
  readonly riga: number | null;
  /** The risk class the officer declared (components d and e only). */
  readonly dichiarata: { readonly pointer: string; readonly value: SoluzioneIa['rischioAiAct'] } | null;
}

const COMPONENT_SYSTEMS = [
  { key: 'ricerca', letter: 'd' },
  { key: 'orchestrazione', letter: 'e' },
] as const;

/** The place of a system in the document, or null when there is no such system (e.g. a removed row). */
export function locateAiSystem(doc: Proposal, key: AiSystemKey): AiSystemPlace | null {
  if (key === 'ricerca' || key === 'orchestrazione') {
    const ia = doc[key].ia;
    return {
      key, base: `/conformita/sistemiIa/${key}`, valutazione: doc.conformita.sistemiIa[key],
      supervisione: { pointer: `/${key}/ia/supervisioneUmana`, text: ia.supervisioneUmana },
    };
  }
  const id = key.slice('altro:'.length);
  const i = doc.conformita.sistemiIa.altri.findIndex((s) => s.id === id);
  return i < 0 ? null : placeOfRow(doc, i);
}

function placeOfRow(doc: Proposal, i: number): AiSystemPlace {
  const row = doc.conformita.sistemiIa.altri[i]!;
  const base = `/conformita/sistemiIa/altri/${i}`;
  return {
    key: `altro:${row.id}`, base: `${base}/valutazione`, valutazione: row.valutazione,
    supervisione: { pointer: `${base}/supervisioneUmana`, text: row.supervisioneUmana },
  };
}

/**
 * The AI systems of a proposal: those of the qualifying components chosen (d, e) and every other
 * system the officer lists in *Conformità*. An unchosen component's system is not assessed.
 */
export function aiSystemsOf(doc: Proposal, profile: CallProfile): AiSystem[] {
  const chosen = chosenQualifying(doc, profile);
  const out: AiSystem[] = [];
  for (const { key, letter } of COMPONENT_SYSTEMS) {
    const place = chosen.includes(letter) ? locateAiSystem(doc, key) : null;
    if (!place) continue;
    out.push({
      ...place, nome: componentName(letter, profile), componente: letter, riga: null,
      dichiarata: { pointer: `/${key}/ia/rischioAiAct`, value: doc[key].ia.rischioAiAct },
    });
  }
  doc.conformita.sistemiIa.altri.forEach((row, i) => {
    out.push({ ...placeOfRow(doc, i), nome: row.nome.trim() || `Altro sistema di IA n. ${i + 1}`, componente: null, riga: i, dichiarata: null });
  });
  return out;
}
