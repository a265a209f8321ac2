import type { Command, ComuneRef } from '../../core';

/** The commands that fill a body from the reference list: name, ISTAT code, town and province. */
export function fillFromComune(pointer: string, c: ComuneRef): Command {
  return {
    type: 'batch',
    commands: [
      { type: 'field/set', pointer: `${pointer}/denominazione`, value: `Comune di ${c.nome}` },
      { type: 'field/set', pointer: `${pointer}/codiceIstat`, value: c.istat },
      { type: 'field/set', pointer: `${pointer}/indirizzo/comune`, value: c.nome },
      { type: 'field/set', pointer: `${pointer}/indirizzo/provincia`, value: c.provincia },
    ],
  };
}
