import { useMemo, type ComponentType } from 'react';
import { budgetTotals, formatCents, type Allegato, type Proposal, type SectionId } from '../../../core';
import { RowsTable, type Column } from '../../widgets/RowsTable';
import { attachmentDetails } from '../AllegatiStep';
import { BodyCard } from '../BodyCard';
import { addLine, budgetColumns, lineDetails } from '../BudgetStep';
import { CsvImport } from '../CsvImport';
import { DATABASE_COLUMNS } from '../DatiStep';

/**
 * The steps of a Comune's module: the same tables and cards as the proposal's steps, on the partner's
 * document (core proposalOfModule), without the lead's fields. Every row there is the partner's.
 */

/** Its own data: codes, PEC, population and its source, legal representative, referente, act of adhesion, share of co-financing. */
function PartnerEnte({ doc }: { doc: Proposal }) {
  const body = doc.ente.partner[0];
  if (!body) return null;
  return (
    <fieldset className="field-group">
      <legend className="h6">Dati del Comune</legend>
      <BodyCard pointer="/ente/partner/0" body={body} lookupLabel="Cerca il Comune" />
    </fieldset>
  );
}

function PartnerDati({ doc }: { doc: Proposal }) {
  return (
    <>
      <h2 className="h5">Banche dati del Comune ({doc.dati.banche.length})</h2>
      <CsvImport existing={doc.dati.banche} />
      <RowsTable pointer="/dati/banche" rows={doc.dati.banche} columns={DATABASE_COLUMNS} rowLabel="Banca dati" caption="Banche dati del Comune" />
    </>
  );
}

function PartnerBudget({ doc }: { doc: Proposal }) {
  // No «Ente» column: every line here is the Comune's.
  const columns = useMemo(() => budgetColumns([]).filter((c) => c.key !== 'ente'), []);
  return (
    <>
      <p className="form-text">Le voci di spesa sostenute dal Comune. La quota di cofinanziamento del Comune si indica nei dati del Comune (primo passo).</p>
      <RowsTable pointer="/budget/voci" rows={doc.budget.voci} columns={columns} rowLabel="Voce di spesa" caption="Voci di spesa del Comune"
        onAdd={addLine} details={lineDetails} />
      <p role="status" data-testid="totale-comune">Totale delle spese del Comune: {formatCents(budgetTotals(doc).totalCents)}.</p>
    </>
  );
}

const ATTACHMENT_COLUMNS: Array<Column<Allegato>> = [{ key: 'tipo', width: '13rem' }, { key: 'descrizione' }, { key: 'nomeFile', width: '16rem' }, { key: 'firmato', width: '5.5rem' }];

function PartnerAllegati({ doc }: { doc: Proposal }) {
  return (
    <>
      <p>Gli allegati del Comune (ad esempio la delibera di adesione): indicali qui e inviane i file al capofila insieme alla risposta.</p>
      <RowsTable pointer="/allegati/elenco" rows={doc.allegati.elenco} columns={ATTACHMENT_COLUMNS} rowLabel="Allegato" caption="Allegati del Comune"
        details={attachmentDetails} />
    </>
  );
}

export const PARTNER_STEPS: Partial<Record<SectionId, ComponentType<{ doc: Proposal }>>> = {
  ente: PartnerEnte, dati: PartnerDati, budget: PartnerBudget, allegati: PartnerAllegati,
};
