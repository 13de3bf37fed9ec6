/**
 * Test helper: the seed plan (Brescia 2020, `assets/plan-2020.json`) as template grids, the way a
 * clerk would type it: texts as written in the document, weights as numbers with a percentage
 * format, the manager written once over their objectives in "Pesi" with a "Totale ..." row after
 * each manager, revision rows as "Indicatore 3", and PERF formulas in the computed columns.
 * Rows follow the document's order of objectives (STRAT, 1.1 ... 3.6, AS, 1.4, 2.3, 2.4).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGrids } from "../../../src/core/plan/grid";
import { cell, templateGrid, workbook } from "./planGrids";

interface SeedIndicator {
  n: number;
  name: string;
  types: string[] | null;
  baselineText: string | null;
  baselineYear: string | null;
  target30_6Text: string | null;
  target31_12Text: string | null;
  weight: number | null;
  resultText: string | null;
  deviationText: string | null;
}

interface SeedObjective {
  code: string;
  kind: "strategico" | "operativo";
  title: string;
  area: string;
  weight: number | null;
  strategicComposition: { ownIndicatorsWeight: number; contributingObjectives: { code: string }[] } | null;
  targetRevisions: { indicator: string; prev30_6: string; real30_6: string; prev31_12: string; new31_12: string; reason: string }[];
  indicators: SeedIndicator[];
}

export interface SeedPlan {
  areas: { name: string; manager: string; objectiveCodes: string[] }[];
  managerWeights: {
    manager: string;
    totalLabel: string;
    objectives: { code: string; weightBefore: number | null; weightAfter: number | null }[];
  }[];
  objectives: SeedObjective[];
}

export function loadSeedPlan(): SeedPlan {
  return JSON.parse(readFileSync(join(__dirname, "../../../assets/plan-2020.json"), "utf8")) as SeedPlan;
}

const percent = (value: number | null) => (value === null ? "" : cell(value, { format: "0,00%" }));

function objectiveRows(seed: SeedPlan): unknown[][] {
  const strategic = seed.objectives.find((o) => o.strategicComposition !== null);
  const contributing = new Set(strategic?.strategicComposition?.contributingObjectives.map((o) => o.code));
  return seed.objectives.map((o) => {
    const manager = seed.areas.find((area) => area.objectiveCodes.includes(o.code))?.manager ?? "";
    const parent = contributing.has(o.code) ? strategic?.code ?? "" : "";
    const ownShare = o.strategicComposition ? percent(o.strategicComposition.ownIndicatorsWeight) : "";
    const kind = o.kind === "strategico" ? "Strategico" : "Operativo";
    return [o.code, kind, o.title, o.area, manager, percent(o.weight), parent, ownShare];
  });
}

function indicatorRows(seed: SeedPlan): unknown[][] {
  const rows: unknown[][] = [];
  for (const o of seed.objectives) {
    for (const i of o.indicators) {
      const r = rows.length + 2;
      rows.push([
        o.code, i.n, i.name, (i.types ?? []).join(", "), "", "", i.baselineText ?? "", i.baselineYear ?? "",
        i.target30_6Text ?? "", i.target31_12Text ?? "", percent(i.weight), i.resultText ?? "", i.deviationText ?? "", "", "",
        cell("", { formula: `=PERF.SCOSTAMENTO(L${r};I${r};E${r})` }),
        cell("", { formula: `=PERF.RAGGIUNGIMENTO(L${r};I${r};E${r})` }),
        "",
      ]);
    }
  }
  return rows;
}

function weightRows(seed: SeedPlan): unknown[][] {
  const rows: unknown[][] = [];
  for (const m of seed.managerWeights) {
    m.objectives.forEach((o, i) => rows.push([i === 0 ? m.manager : "", o.code, percent(o.weightBefore), percent(o.weightAfter)]));
    rows.push(["", m.totalLabel, percent(1), percent(1)]);
  }
  return rows;
}

function revisionRows(seed: SeedPlan): unknown[][] {
  return seed.objectives.flatMap((o) =>
    o.targetRevisions.map((r) => [o.code, r.indicator, r.prev30_6, r.real30_6, r.prev31_12, r.new31_12, r.reason]),
  );
}

/** The seed plan as a workbook of the four template sheets. */
export function seedWorkbook(seed: SeedPlan = loadSeedPlan()): WorkbookGrids {
  return workbook(
    "piano-2020.xlsx",
    templateGrid("objectives", objectiveRows(seed)),
    templateGrid("indicators", indicatorRows(seed)),
    templateGrid("weights", weightRows(seed)),
    templateGrid("revisions", revisionRows(seed)),
  );
}
