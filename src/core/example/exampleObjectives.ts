/**
 * The seed's objectives in the order a clerk lists them: the strategic objective
 * first, then area by area (as in the document), each area's objectives by code.
 * An objective found only in the managers' weights table (the Azienda Speciale's
 * "AS-STRAT") is listed too, before its area's objectives: it has a manager and a
 * weight but no card, so the plan shows it as an objective without indicators,
 * which is exactly what the document says about it.
 */
import { naturalCompare } from "../plan/planCodes";
import type { FixtureIndicator, FixtureObjective, FixtureRevision, PlanFixture } from "./planFixture";

export interface ExampleObjective {
  code: string;
  kind: "Strategico" | "Operativo";
  /** Sentence-case title of the weights table when there is one (the cards are in capitals). */
  title: string;
  area: string;
  manager: string;
  /** Weight written on the objective's card (fraction), when written. */
  weight: number | null;
  parentCode?: string;
  ownShare?: number;
  indicators: FixtureIndicator[];
  revisions: FixtureRevision[];
}

/** The manager's name as the areas list gives it, for a name as written in the weights table. */
export function managerName(fixture: PlanFixture, writtenName: string): string {
  const area = fixture.areas.find((candidate) => candidate.managerAsWritten === writtenName || candidate.name === writtenName);
  return area?.manager ?? writtenName;
}

function weightsTableTitle(fixture: PlanFixture, code: string): string | undefined {
  for (const group of fixture.managerWeights) {
    const entry = group.objectives.find((objective) => objective.code === code);
    if (entry) return entry.title;
  }
  return undefined;
}

function parentOf(fixture: PlanFixture, code: string): string | undefined {
  const parent = fixture.objectives.find((objective) =>
    objective.strategicComposition?.contributingObjectives.some((child) => child.code === code),
  );
  return parent?.code;
}

function fromCard(fixture: PlanFixture, objective: FixtureObjective): ExampleObjective {
  const area = fixture.areas.find((candidate) => candidate.objectiveCodes.includes(objective.code));
  const strategic = objective.kind === "strategico";
  const parentCode = strategic ? undefined : parentOf(fixture, objective.code);
  const ownShare = objective.strategicComposition?.ownIndicatorsWeight;
  return {
    code: objective.code,
    kind: strategic ? "Strategico" : "Operativo",
    title: weightsTableTitle(fixture, objective.code) ?? objective.title,
    area: objective.area,
    manager: area?.manager ?? objective.responsabili ?? "",
    weight: objective.weight,
    ...(parentCode ? { parentCode } : {}),
    ...(ownShare !== undefined ? { ownShare } : {}),
    indicators: [...objective.indicators].sort((a, b) => a.n - b.n),
    revisions: objective.targetRevisions ?? [],
  };
}

export function listExampleObjectives(fixture: PlanFixture): ExampleObjective[] {
  const cards = new Map(fixture.objectives.map((objective) => [objective.code, objective]));
  const listed: ExampleObjective[] = fixture.objectives
    .filter((objective) => objective.kind === "strategico")
    .map((objective) => fromCard(fixture, objective));
  for (const area of fixture.areas) {
    for (const extra of fixture.objectivesOnlyInWeightsTable ?? []) {
      if (extra.manager !== area.name && extra.manager !== area.managerAsWritten) continue;
      listed.push({
        code: extra.code,
        kind: extra.kind === "strategico" ? "Strategico" : "Operativo",
        title: extra.title,
        area: area.name,
        manager: area.manager,
        weight: null,
        indicators: [],
        revisions: [],
      });
    }
    const codes = [...area.objectiveCodes].sort(naturalCompare);
    for (const code of codes) {
      const card = cards.get(code);
      if (card && card.kind !== "strategico") listed.push(fromCard(fixture, card));
    }
  }
  return listed;
}
