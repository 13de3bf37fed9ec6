/**
 * The part of the seed plan fixture (`assets/plan-2020.json`: Brescia 2020, extracted
 * as written) that the example workbook is built from. Texts are exactly as in the
 * document ("89,55%", "€ 1.800.000,00", "//"); parsed figures sit next to them.
 */

export interface FixtureIndicator {
  n: number;
  name: string;
  /** Checked boxes of "Tipo Indicatore" (null when the conversion lost them). */
  types: string[] | null;
  baselineText: string | null;
  baselineYear: string | null;
  target30_6Text: string | null;
  target31_12Text: string | null;
  weightText: string;
  weight: number;
  resultText: string | null;
  deviationText: string | null;
  /** Set on the seed's reduction indicator (2.2 n. 1): "reduction (negative values; ...)". */
  direction?: string;
}

export interface FixtureRevision {
  /** "Indicatore 3", or "Nuovo Indicatore 3" for a replacement. */
  indicator: string;
  prev30_6: string | null;
  real30_6: string | null;
  prev31_12: string | null;
  new31_12: string | null;
  /** An English summary of the proposal (for readers of the fixture). */
  reason?: string;
  /** The proposal as written in the document, when extracted. */
  proposalText?: string;
  newIndicatorName?: string;
  replacesIndicator?: string;
}

export interface FixtureStrategicComposition {
  ownIndicatorsWeight: number;
  operationalContributionWeight: number;
  contributingObjectives: { code: string; title: string }[];
}

export interface FixtureObjective {
  code: string;
  kind: "strategico" | "operativo";
  title: string;
  area: string;
  weightText: string | null;
  weight: number | null;
  /** Who the document names as responsible (used when the area has no single manager). */
  responsabili?: string;
  indicators: FixtureIndicator[];
  targetRevisions?: FixtureRevision[];
  strategicComposition?: FixtureStrategicComposition | null;
  resultsReported?: boolean;
  /** The card's other texts, as written (used by the cards workbook). */
  bscPerspective?: string | null;
  servizi?: string | null;
  areaWeightsLabel?: string | null;
  areaWeights?: { area: string; weightText: string }[] | null;
  budget?: { amountText: string; account: string; budgetCode: string }[] | null;
  documentation?: { indicator: string; text: string }[] | null;
  /** «Rilevanza oggettiva: RILEVANZA ALTA: … – COEFFICIENTE 5», as written, on project objectives. */
  rilevanza?: { text: string } | null;
  /** «Valore economico del progetto (Fondo Dirigenti)», one per fund, the line as written. */
  valoreEconomico?: { fondo: string; text: string }[] | null;
}

export interface FixtureArea {
  name: string;
  manager: string;
  managerAsWritten: string;
  objectiveCodes: string[];
}

export interface FixtureManagerObjective {
  code: string;
  title: string;
  weightBefore: number | null;
  weightAfter: number | null;
}

export interface FixtureManagerWeights {
  /** As written in the weights table ("Segretario Generale e Dirigente ... dr Massimo Ziletti", "Azienda Speciale"). */
  manager: string;
  objectives: FixtureManagerObjective[];
}

/** An objective that appears only in the weights table (no card, no indicators). */
export interface FixtureWeightsOnlyObjective {
  code: string;
  kind: "strategico" | "operativo";
  title: string;
  manager: string;
}

export interface PlanFixture {
  entity: string;
  plan: string;
  /** "2020-06-30": the reporting date of the document. */
  periodEnd: string;
  areas: FixtureArea[];
  managerWeights: FixtureManagerWeights[];
  objectivesOnlyInWeightsTable?: FixtureWeightsOnlyObjective[];
  objectives: FixtureObjective[];
}
