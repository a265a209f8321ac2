import type { ComponentType } from 'react';
import type { Proposal, SectionId } from '../../core';
import { AllegatiStep } from './AllegatiStep';
import { BudgetStep } from './BudgetStep';
import { ConformitaStep } from './ConformitaStep';
import { CronoprogrammaStep } from './CronoprogrammaStep';
import { DatiStep } from './DatiStep';
import { EnteStep } from './EnteStep';
import { IndicatoriStep } from './IndicatoriStep';
import { OrchestrazioneStep } from './OrchestrazioneStep';

/** Steps with an editor of their own; the others use the generic fields of their schema. */
export const CUSTOM_STEPS: Partial<Record<SectionId, ComponentType<{ doc: Proposal }>>> = {
  ente: EnteStep,
  dati: DatiStep,
  orchestrazione: OrchestrazioneStep,
  cronoprogramma: CronoprogrammaStep,
  budget: BudgetStep,
  indicatori: IndicatoriStep,
  conformita: ConformitaStep,
  allegati: AllegatiStep,
};
