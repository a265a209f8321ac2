import type { ComuneRef } from '../../reference/comuni';

/** The fields a Comune of the reference list fills in a body record: name, ISTAT code, town and province. */
export function comuneFields(c: ComuneRef): { denominazione: string; codiceIstat: string; indirizzo: { comune: string; provincia: string } } {
  return { denominazione: `Comune di ${c.nome}`, codiceIstat: c.istat, indirizzo: { comune: c.nome, provincia: c.provincia } };
}

/** A body record with a Comune's fields filled in, the rest (address, codes, population) kept. */
export function withComune<T extends { denominazione: string; codiceIstat: string; indirizzo: { via: string; cap: string; comune: string; provincia: string } }>(body: T, c: ComuneRef): T {
  const f = comuneFields(c);
  return { ...body, denominazione: f.denominazione, codiceIstat: f.codiceIstat, indirizzo: { ...body.indirizzo, ...f.indirizzo } };
}
