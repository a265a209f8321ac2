import { eligibility } from '../eligibility';
import type { CallProfile, Proposal } from '../generated/types';
import { SECTION_TITLES, type SectionId } from '../generated/pointers';
import { optionLabel } from '../validation/labels';
import type { Issue } from '../validation/issue';
import { budgetTotals, fundingGap } from './budget';
import { activeComponents, componentName } from './components';
import { applicantPhrase, countBodies, populationVerdict } from './ente';
import { formatCents, formatEuro, formatInteger, formatPercent } from './number-text';
import { sharesInTenths } from './percentages';
import { activeSections, sectionOfPointer } from './sections';
import { submissionWindow, type SubmissionWindow } from './window';

/** One line of the readiness checklist: a step, and the first thing that blocks it. */
export interface ReadinessItem {
  readonly section: SectionId;
  readonly title: string;
  readonly errors: number;
  readonly warnings: number;
  /** The first error of the step, to jump to. */
  readonly first: Issue | null;
}

/** The proposal at a glance, as the first page of the dossier would say it (Riepilogo, CLI). */
export interface ProposalSummary {
  readonly applicant: string;
  readonly kind: string;
  readonly title: string;
  readonly population: string;
  readonly eligible: boolean;
  readonly rco14: number;
  readonly components: readonly string[];
  readonly duration: string;
  readonly totalCost: string;
  readonly contribution: string;
  readonly cofinancing: string;
  /** "Contributo 90,0% · cofinanziamento 10,0%", or null without a cost. */
  readonly split: string | null;
  readonly coverage: string;
  readonly window: SubmissionWindow;
  readonly readiness: readonly ReadinessItem[];
}

function populationText(doc: Proposal, profile: CallProfile): string {
  const v = populationVerdict(doc, profile);
  if (v.kind === 'esente') return 'soglia di popolazione non applicabile a questo ente';
  if (v.popolazione === null) return 'non indicata';
  const threshold = v.soglia === null ? ' (soglia da verificare sull\'Avviso)' : v.raggiunta ? ` (soglia di ${formatInteger(v.soglia)} raggiunta)` : ` (sotto la soglia di ${formatInteger(v.soglia)})`;
  return `${formatInteger(v.popolazione)} abitanti${v.kind === 'aggregazione' ? ' in tutto' : ''}${threshold}`;
}

/** The facts of the summary and the readiness of each step, from the document and its issues. */
export function proposalSummary(doc: Proposal, issues: readonly Issue[], profile: CallProfile, now: Date): ProposalSummary {
  const t = budgetTotals(doc);
  const gap = fundingGap(doc);
  const contribution = Math.round(doc.budget.contributoRichiesto * 100);
  const cofinancing = Math.round(doc.budget.cofinanziamento * 100);
  const shares = sharesInTenths([contribution, cofinancing]);
  const readiness = activeSections(doc, profile).map((section): ReadinessItem => {
    const own = issues.filter((i) => sectionOfPointer(i.pointer) === section);
    return {
      section, title: SECTION_TITLES[section],
      errors: own.filter((i) => i.severity === 'errore').length,
      warnings: own.filter((i) => i.severity === 'avviso').length,
      first: own.find((i) => i.severity === 'errore') ?? null,
    };
  });
  return {
    applicant: applicantPhrase(doc),
    kind: optionLabel('/ente/tipo', doc.ente.tipo),
    title: doc.progetto.titolo.trim() || '—',
    population: populationText(doc, profile),
    eligible: eligibility(doc, { profile, now }).eligible,
    rco14: countBodies(doc),
    components: activeComponents(doc, profile).map((c) => componentName(c, profile)),
    duration: doc.progetto.durataMesi === null ? '—' : `${doc.progetto.durataMesi} mesi`,
    totalCost: formatCents(t.totalCents),
    contribution: formatEuro(doc.budget.contributoRichiesto),
    cofinancing: formatEuro(doc.budget.cofinanziamento),
    split: shares ? `contributo ${formatPercent(shares[0]!)} · cofinanziamento ${formatPercent(shares[1]!)}` : null,
    coverage: gap === 0 ? 'coprono esattamente il costo' : gap > 0 ? `restano da coprire ${formatCents(gap)}` : `superano il costo di ${formatCents(-gap)}`,
    window: submissionWindow(profile, now),
    readiness,
  };
}
