import { describe, expect, it } from 'vitest';
import { edit, PROFILE, starter } from '../../test/helpers/docs';
import { buildExportModel } from './build';
import type { Block } from './model';

const blocksOf = (doc: ReturnType<typeof starter>): readonly Block[] => buildExportModel(doc, PROFILE).sections.find((s) => s.id === 'conformita')!.blocks;
const tables = (blocks: readonly Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the AI systems in the dossier model', () => {
  it('give each system a table of obligations with source, date, verification and how each is met', () => {
    const blocks = blocksOf(starter('provincia'));
    const obligations = tables(blocks).filter((t) => t.caption.startsWith('Obblighi – '));
    expect(obligations.map((t) => t.caption)).toEqual(['Obblighi – d) Motore di ricerca intelligente', 'Obblighi – e) Sistema di orchestrazione dei processi']);
    expect(obligations[0]!.columns.map((c) => c.title)).toEqual(['Obbligo', 'Fonte', 'Si applica dal', 'Verifica', 'Come lo soddisfiamo']);
    expect(obligations[0]!.rows[0]).toEqual([
      "Avvisare che si interagisce con un'IA", 'Reg. (UE) 2024/1689, art. 50, par. 1', '02/08/2026', 'confermato', expect.stringContaining('Stai usando un sistema di intelligenza artificiale'),
    ]);
    // The notice meets two obligations: printed once, then referred to.
    expect(obligations[0]!.rows.filter((r) => r[4]!.includes('Stai usando'))).toHaveLength(1);
    expect(obligations[0]!.rows.some((r) => r[4] === 'Vedi sopra: «Avviso alle persone».')).toBe(true);
    expect(obligations.flatMap((t) => t.rows).every((r) => r.every((cell) => cell !== ''))).toBe(true);
  });

  it('state the class with its articles, the declared one, and that it is not legal advice', () => {
    const blocks = blocksOf(starter('provincia'));
    const fields = blocks.filter((b) => b.kind === 'fields').flatMap((b) => (b.kind === 'fields' ? b.rows : []));
    expect(fields).toContainEqual(['Classe secondo le risposte', expect.stringMatching(/^Rischio limitato: obblighi di trasparenza \(Reg\. \(UE\) 2024\/1689, art\. 50, par\. 1/)]);
    expect(fields).toContainEqual(['Classe secondo le risposte', 'Rischio minimo']);
    expect(fields).toContainEqual(['Classe indicata nella proposta', 'rischio minimo']);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('non è una consulenza legale'))).toBe(true);
  });

  it('mark a high-risk system\'s obligations still to verify, with the FRIA plan as written', () => {
    const doc = edit(starter('comune-singolo'), (d) => {
      Object.assign(d.conformita.sistemiIa.ricerca.questionario, { prestazioniPubbliche: 'si', profilazione: 'si' });
      d.conformita.sistemiIa.ricerca.misure.valutazioneDiritti = 'FRIA a cura del dirigente dei servizi sociali.';
    });
    const rows = tables(blocksOf(doc)).find((t) => t.caption.startsWith('Obblighi'))!.rows;
    expect(rows.find((r) => r[1] === 'Reg. (UE) 2024/1689, art. 27, par. 1')).toEqual([
      "Valutazione d'impatto sui diritti fondamentali (FRIA)", 'Reg. (UE) 2024/1689, art. 27, par. 1', '02/12/2027', 'da verificare', 'FRIA a cura del dirigente dei servizi sociali.',
    ]);
    expect(rows.find((r) => r[1] === 'Reg. (UE) 2024/1689, art. 26, par. 6')?.[4]).toBe('—');
  });

  it('list the answers, and say which came from the inventory', () => {
    const doc = edit(starter('comune-singolo'), (d) => { d.conformita.sistemiIa.ricerca.questionario.categorieParticolari = ''; });
    const answers = tables(blocksOf(doc)).find((t) => t.caption.startsWith('Risposte'))!.rows;
    expect(answers.find((r) => r[0]!.startsWith('Tratta categorie particolari'))?.[1]).toBe("Sì (dall'inventario delle banche dati)");
    expect(answers.find((r) => r[0]!.startsWith('Il sistema interagisce direttamente'))?.[1]).toBe('Sì');
  });
});
