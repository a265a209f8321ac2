/** A Provincia or the Città Metropolitana of Puglia, by its ISTAT code. */
export interface EnteSovracomunaleRef {
  readonly istat: string;
  readonly nome: string;
  readonly tipo: 'provincia' | 'citta-metropolitana';
  /** An older code still accepted for the same body, never offered in a list. */
  readonly alias?: true;
}

/**
 * The bodies above the Comuni that may apply. ISTAT codes: the provinces' own (071, 073, 074, 075,
 * 110); the Città Metropolitana di Bari has 272, and many registers still show the 072 of the former
 * Provincia di Bari, so both are accepted for it.
 */
export const ENTI_SOVRACOMUNALI_PUGLIA: readonly EnteSovracomunaleRef[] = [
  { istat: '071', nome: 'Provincia di Foggia', tipo: 'provincia' },
  { istat: '073', nome: 'Provincia di Taranto', tipo: 'provincia' },
  { istat: '074', nome: 'Provincia di Brindisi', tipo: 'provincia' },
  { istat: '075', nome: 'Provincia di Lecce', tipo: 'provincia' },
  { istat: '110', nome: 'Provincia di Barletta-Andria-Trani', tipo: 'provincia' },
  { istat: '272', nome: 'Città Metropolitana di Bari', tipo: 'citta-metropolitana' },
  { istat: '072', nome: 'Città Metropolitana di Bari', tipo: 'citta-metropolitana', alias: true },
];

/** The Provincia or Città Metropolitana with that ISTAT code, if it is in Puglia. */
export function findEnteSovracomunale(istat: string): EnteSovracomunaleRef | undefined {
  return ENTI_SOVRACOMUNALI_PUGLIA.find((e) => e.istat === istat);
}

/** The bodies of a kind to choose from, each once (without the older codes still accepted). */
export function entiSovracomunaliOf(tipo: EnteSovracomunaleRef['tipo']): EnteSovracomunaleRef[] {
  return ENTI_SOVRACOMUNALI_PUGLIA.filter((e) => e.tipo === tipo && !e.alias);
}
