import type { ComplianceRule } from '../generated/types';

type MeasureKey = NonNullable<ComplianceRule['misura']>;

/**
 * The structure an officer can start a free text from: one line per point to cover, each a label
 * ending with «:». The points of the FRIA are those of art. 27, par. 1, lett. a)–f), AI Act (read in
 * the copy of the OJ text at rgpd.com); the others follow the wording of the obligations they answer
 * (art. 26, par. 2 and 6, art. 50, par. 1 and 5, AI Act; art. 14 L. 132/2025).
 */
export const MEASURE_OUTLINES: Readonly<Record<MeasureKey, readonly string[]>> = {
  'valutazione-diritti': [
    'Chi la svolge e quando (prima del primo uso):',
    "a) Processi dell'ente in cui il sistema è usato:",
    "b) Periodo e frequenza d'uso:",
    'c) Categorie di persone e gruppi interessati:',
    'd) Rischi specifici di danno per quelle persone:',
    'e) Misure di sorveglianza umana:',
    'f) Misure se i rischi si concretizzano (governance interna, reclami):',
    'Collegamento con la DPIA:',
  ],
  'sorveglianza-umana': [
    'Chi esamina le uscite (ruolo, ufficio):',
    'Competenza, formazione e autorità:',
    'Come può correggere, scartare le uscite o sospendere il sistema:',
    'Chi adotta e firma gli atti:',
  ],
  'conservazione-log': [
    'Quali log sono conservati:',
    'Dove e sotto il controllo di chi:',
    'Per quanto tempo (almeno sei mesi per un sistema ad alto rischio):',
    'Chi vi accede e come si rispetta la minimizzazione dei dati:',
  ],
  avviso: [
    'Chi è informato:',
    'Quando (al più tardi alla prima interazione):',
    'Dove e in che forma (accessibile):',
    "Testo dell'avviso:",
  ],
};

/** The outline of the «come lo soddisfiamo» text of an obligation that has no measure of its own. */
export const OBLIGATION_OUTLINE: readonly string[] = ['Chi se ne occupa:', 'Che cosa facciamo:', 'Entro quando:'];

/** An outline as the text that goes into the field. */
export const outlineText = (lines: readonly string[]): string => lines.map((l) => `${l} `).join('\n');

const LABELS = new Set([...Object.values(MEASURE_OUTLINES).flat(), ...OBLIGATION_OUTLINE]);

/**
 * Whether a text says something: blank lines and the bare labels of an outline do not count, so an
 * outline inserted and left unfilled is not a description.
 */
export function saysSomething(text: string): boolean {
  return text.split('\n').some((line) => {
    const t = line.trim();
    if (t === '') return false;
    for (const label of LABELS) if (t.startsWith(label)) return t.slice(label.length).trim() !== '';
    return true;
  });
}
