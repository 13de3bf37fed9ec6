/**
 * The shape of a synthetic plan: areas of up to ten objectives under one manager each; each
 * area opens with a strategic objective ("S3", own indicators worth 50%) that the area's
 * operational objectives ("3.1", "3.2"...) contribute to. Every objective has M indicators whose
 * weights sum exactly to 100% (50% for a strategic objective's own indicators), written in
 * hundredths of a point; each manager's objective weights sum exactly to 100%.
 */
import { drawIndicator, type IndicatorDraft } from "./indicatorKinds";
import type { SeededRandom } from "./seededRandom";

export const OBJECTIVES_PER_AREA = 10;
/** Weights are drawn in hundredths of a percentage point: 10.000 = 100%. */
export const WHOLE = 10_000;

export interface SyntheticIndicator {
  number: number;
  draft: IndicatorDraft;
  /** Weight as a fraction (0.3333 = 33,33%). */
  weight: number;
  /** How the weight is written; a "whole" weight (33,33 instead of 33,33%) is a defect. */
  weightWritten: "percent" | "whole";
  /** A defect: the declared deviation at 30/6 is the computed one plus 20% of the target. */
  deviationOff?: boolean;
}

export interface SyntheticObjective {
  code: string;
  kind: "Strategico" | "Operativo";
  title: string;
  area: string;
  manager: string;
  /** The objective's weight for its manager (fraction), as in Obiettivi and both Pesi columns. */
  weight: number;
  /** The weight written in the Pesi table, when a defect makes it differ from `weight`. */
  pesiWeight?: number;
  parentCode?: string;
  ownShare?: number;
  indicators: SyntheticIndicator[];
}

const SURNAMES = ["Rossi", "Bianchi", "Vairano", "Ziletti", "Taioli", "Zorzi", "Ferrari", "Colombo", "Ricci", "Marino"];
const AREAS = ["Promozione e Regolazione del Mercato", "Anagrafica", "Amministrativa", "Azienda Speciale", "Digitalizzazione"];
const TOPICS = ["Sostegno alle imprese", "Semplificazione amministrativa", "Tutela del mercato", "Digitalizzazione dei servizi", "Efficienza della gestione"];

function indicatorsOf(random: SeededRandom, count: number, share: number): SyntheticIndicator[] {
  const parts = random.split(Math.round(WHOLE * share), count);
  return parts.map((part, index) => ({ number: index + 1, draft: drawIndicator(random), weight: part / WHOLE, weightWritten: "percent" }));
}

function areaObjectives(random: SeededRandom, areaNumber: number, count: number, perObjective: number): SyntheticObjective[] {
  const area = `Area ${AREAS[(areaNumber - 1) % AREAS.length]} ${areaNumber}`;
  const manager = `dr.ssa ${random.pick(["Antonella", "Cristiana", "Maria", "Giulia"])} ${random.pick(SURNAMES)} (${areaNumber})`;
  const weights = random.split(WHOLE, count);
  const strategicCode = `S${areaNumber}`;
  return weights.map((part, index) => {
    const strategic = index === 0;
    const code = strategic ? strategicCode : `${areaNumber}.${index}`;
    const objective: SyntheticObjective = {
      code,
      kind: strategic ? "Strategico" : "Operativo",
      title: `${random.pick(TOPICS)} (${code})`,
      area,
      manager,
      weight: part / WHOLE,
      indicators: indicatorsOf(random, perObjective, strategic ? 0.5 : 1),
    };
    if (strategic) objective.ownShare = 0.5;
    else objective.parentCode = strategicCode;
    return objective;
  });
}

/** `objectives` objectives of `perObjective` indicators each, in areas of up to ten. */
export function drawPlanStructure(random: SeededRandom, objectives: number, perObjective: number): SyntheticObjective[] {
  const drawn: SyntheticObjective[] = [];
  for (let area = 1; drawn.length < objectives; area += 1) {
    const count = Math.min(OBJECTIVES_PER_AREA, objectives - drawn.length);
    drawn.push(...areaObjectives(random, area, count, perObjective));
  }
  return drawn;
}
