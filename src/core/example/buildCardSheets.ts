/**
 * The example plan as objective cards (schede obiettivo), laid out as the seed document shows them
 * and as a clerk pastes them from Word into Excel: the same data as the template example
 * (`assets/plan-2020.json`), for the cards workbook `assets/piano-performance-2020-schede.xlsx`.
 *
 * Both arrangements of real workbooks are used:
 * - one card per sheet, the sheet named after the objective's code, the heading without a code
 *   («OBIETTIVO STRATEGICO», and «OBIETTIVO OPERATIVO» for the Azienda Speciale's card, as in the
 *   seed): STRAT, AS-STRAT, AS;
 * - the cards of an area stacked in one sheet: the Area Promozione and Area Amministrativa cards
 *   under title rows («OBIETTIVO OPERATIVO 1.1»), the Area Anagrafica ones under a label heading
 *   («Obiettivo operativo» | «2.1 – REVISIONE ...») after blank rows.
 * Each card has what the seed's card has: title and «Peso: 20%» on one row, «Peso dell'obiettivo
 * dirigenziale», «Balance Scorecard», «Servizi», «Aree», «Responsabili»; per indicator «Indicatore
 * N: name», the «Tipo Indicatore» checkboxes, the grid of baseline («Base Line» on the strategic card,
 * «Target storico di riferimento: anno 2019» on the others), targets and weight, «Risultati raggiunti» (over two lines when the
 * document writes two) and «Scostamenti»; the proposal and revision table; the budget and the
 * documentation tables. The strategic card has its own share and the list of contributing
 * objectives. The seed's departures from its own layout (odd grid headers, boxes in one cell, the
 * weight on a row of its own) are kept where the seed has them (`SEED_LAYOUT`).
 *
 * Two things a card of the seed does not show are written as a clerk keeping the cards in Excel
 * writes them, so that the cards say what the template example says: the polarity («Polarità:
 * crescente», the same word as the template's column, clerkPolarity.ts) and the unit of counted
 * figures («Unità di misura»). The Azienda Speciale's strategic objective, which the seed names only
 * in the managers' table, gets a card without indicators, as the template example lists it. Project
 * objectives carry the seed's «Rilevanza oggettiva» and «Valore economico del progetto (Fondo …)» lines. The
 * managers' table («Pesi») is the template's sheet: in the seed it is a table, not a card.
 * Values are typed as in the template example (typeAsClerk.ts): figures as numbers with formats.
 */
import { toA1 } from "../plan/a1";
import { PLAN_TEMPLATE } from "../plan/planTemplate";
import type { SheetCellValue, SheetContent } from "../report/sheetContent";
import { type ClerkEntry, clerkPolarity, PERCENT_FORMAT, typeAsClerk } from "./typeAsClerk";
import { polarityName } from "../plan/polarity";
import { managerName } from "./exampleObjectives";
import { exampleWeightRows, revisionReason } from "./buildExamplePlanSheets";
import type { FixtureIndicator, FixtureObjective, PlanFixture } from "./planFixture";
import { templateSheetContent } from "./templateSheets";
import { naturalCompare } from "../plan/planCodes";

/** How the seed writes a part of a card where it departs from its usual layout. */
export interface SeedLayout {
  /** The grid header: «Peso  20%» with the weight inside, a broken «Peso-», or «al» without its date. */
  grid?: "weightInHeader" | "brokenWeight" | "dateMissing";
  /** The «Tipo Indicatore» boxes: all in the cell beside the label, or inside the label's own cell. */
  types?: "oneCell" | "inLabel";
  /** The title and «Peso: 20%» on rows of their own, the weight above or below «Peso dell'obiettivo dirigenziale». */
  title?: "weightAbove" | "weightBelow";
}

/** The seed's own departures, by "code" (the card, all its indicators) or "code/indicator". */
const SEED_LAYOUT: Readonly<Record<string, SeedLayout>> = {
  "1.2/1": { types: "oneCell" },
  "1.3": { title: "weightAbove" },
  "1.4": { grid: "dateMissing" },
  "3.1": { title: "weightAbove" },
  "3.3": { title: "weightAbove" },
  "3.4": { title: "weightAbove" },
  "3.5": { title: "weightAbove", grid: "weightInHeader" },
  "3.5/2": { types: "inLabel" },
  "3.5/3": { types: "inLabel" },
  AS: { title: "weightBelow" },
  "AS/1": { grid: "brokenWeight" },
};

function layoutOf(code: string, indicator?: FixtureIndicator): SeedLayout {
  return { ...SEED_LAYOUT[code], ...(indicator ? SEED_LAYOUT[`${code}/${indicator.n}`] : {}) };
}

type Heading = "title" | "label";

interface Entry {
  value: SheetCellValue;
  format?: string;
}

/** Rows of a card sheet being written, with their bold rows and cell formats. */
class CardSheetWriter {
  readonly rows: SheetCellValue[][] = [];
  readonly bold: number[] = [];
  readonly formats: Record<string, string> = {};

  row(cells: (Entry | SheetCellValue)[], bold = false): void {
    const r = this.rows.length;
    this.rows.push(
      cells.map((cell, c) => {
        if (cell === null || typeof cell !== "object") return cell;
        if (cell.format && typeof cell.value === "number") this.formats[toA1(r, c)] = cell.format;
        return cell.value;
      }),
    );
    if (bold) this.bold.push(r);
  }

  blank(): void {
    this.rows.push([]);
  }

  content(name: string): SheetContent {
    const width = Math.max(...this.rows.map((row) => row.length));
    const rows = this.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    return { name, rows, boldRows: this.bold, cellFormats: this.formats, columnWidths: { 0: 48, 1: 40, 2: 24, 3: 24, 4: 28 } };
  }
}

function clerk(entry: ClerkEntry): Entry {
  return entry.format ? { value: entry.value, format: entry.format } : { value: entry.value };
}

function checkbox(ticked: boolean, words: string): string {
  return `${ticked ? "☒" : "☐"} ${words}`;
}

const TYPES = ["efficacia esterna", "efficacia interna", "efficienza", "qualità"] as const;

function writeTypes(out: CardSheetWriter, indicator: FixtureIndicator, layout: SeedLayout, strategic: boolean): void {
  const ticked = new Set(indicator.types ?? []);
  const [external, internal, efficiency, quality] = [
    checkbox(ticked.has(TYPES[0]), TYPES[0]), checkbox(ticked.has(TYPES[1]), TYPES[1]),
    checkbox(ticked.has(TYPES[2]), TYPES[2]), checkbox(ticked.has(TYPES[3]), TYPES[3]),
  ];
  if (layout.types === "inLabel") out.row([`Tipo Indicatore: ${[external, internal, efficiency, quality].join(" ")}`], true);
  else if (layout.types === "oneCell") out.row(["Tipo Indicatore:", [external, internal, efficiency, quality].join(" ")], true);
  else if (strategic) {
    out.row(["Tipo Indicatore:"], true);
    out.row([external, null, internal]);
    out.row([efficiency, null, quality]);
  } else {
    out.row(["Tipo Indicatore:", external, internal], true);
    out.row([null, efficiency, quality]);
  }
}

function writeIndicator(out: CardSheetWriter, code: string, indicator: FixtureIndicator, strategic: boolean): void {
  const layout = layoutOf(code, indicator);
  out.row([`Indicatore ${indicator.n}: ${indicator.name}`], true);
  writeTypes(out, indicator, layout, strategic);
  const baseline = typeAsClerk(indicator.baselineText);
  const target30 = typeAsClerk(indicator.target30_6Text);
  const target31 = typeAsClerk(indicator.target31_12Text);
  const weight = typeAsClerk(indicator.weightText);
  const results = (indicator.resultText ?? "").split("\n").map((line) => typeAsClerk(line));
  const declared = typeAsClerk(indicator.deviationText);
  out.row(["Polarità", polarityName(clerkPolarity(indicator, [target30, target31]))]);
  const unit = [baseline, target30, target31, ...results, declared].find((entry) => entry.unitLabel)?.unitLabel;
  if (unit) out.row(["Unità di misura", unit]);
  const weightHeader = layout.grid === "weightInHeader" ? `Peso  ${indicator.weightText}` : layout.grid === "brokenWeight" ? "Peso-" : "Peso";
  const firstDate = layout.grid === "dateMissing" ? "al" : "al 30/6";
  if (strategic) {
    out.row(["Base Line", "Valore Target:"], true);
    out.row([null, firstDate, "al 31/12", weightHeader], true);
  } else {
    out.row([`Target storico di riferimento:${indicator.baselineYear ? ` anno ${indicator.baselineYear}` : ""}`, "Valore Target:", null, weightHeader], true);
    out.row([null, firstDate, "al 31/12"], true);
  }
  out.row([clerk(baseline), clerk(target30), clerk(target31), layout.grid === "weightInHeader" ? null : clerk(weight)]);
  out.blank();
  const [first, ...more] = results;
  out.row(["Risultati raggiunti", clerk(first ?? { value: null })]);
  for (const line of more) out.row([null, clerk(line)]);
  out.row(["Scostamenti", clerk(declared)]);
  out.blank();
}

function writeRevisions(out: CardSheetWriter, objective: FixtureObjective): void {
  const revisions = objective.targetRevisions ?? [];
  if (revisions.length === 0) return;
  const reasons = revisions.map((revision) => revisionReason(objective.code, revision)).filter((text): text is string => text !== null);
  out.row(["Eventuale proposta del Dirigente in merito alla variazione dei valori attesi per alcuni indicatori", reasons.join("\n")], true);
  out.row(["indicatori", "Previsione al 30.6.2020", "Realizzazione al 30.6.2020", "Previsione al 31.12.2020", "Nuova previsione al 31.12.2020"], true);
  for (const revision of revisions) {
    const label = revision.newIndicatorName ? `${revision.indicator}: “${revision.newIndicatorName}”` : `${revision.indicator}:`;
    out.row([label, ...[revision.prev30_6, revision.real30_6, revision.prev31_12, revision.new31_12].map((text) => clerk(typeAsClerk(text)))]);
  }
  out.blank();
}

function writeTables(out: CardSheetWriter, objective: FixtureObjective): void {
  const budget = objective.budget ?? [];
  if (budget.length > 0) {
    out.row(["ENTRATE E COSTI DIRETTI DEL PROGETTO"], true);
    out.row(["Importo", "Conto Ricavo/Costo", "Budget"], true);
    for (const line of budget) out.row([clerk(typeAsClerk(line.amountText)), line.account, line.budgetCode]);
    out.blank();
  }
  const documentation = objective.documentation ?? [];
  if (documentation.length > 0) {
    out.row(["DOCUMENTAZIONE E REPORT FINALI, CON RIFERIMENTO AI SINGOLI INDICATORI:"], true);
    out.row(["Indicatore", "Documentazione e report da presentare, su richiesta, all'OIV per la validazione del grado di raggiungimento dell'obiettivo"], true);
    for (const line of documentation) out.row([line.indicator, line.text]);
    out.blank();
  }
}

function writeOperationalCard(out: CardSheetWriter, objective: FixtureObjective, heading: Heading | "none"): void {
  if (heading === "title") out.row([`OBIETTIVO OPERATIVO ${objective.code}`], true);
  if (heading === "none") out.row(["OBIETTIVO OPERATIVO"], true);
  const layout = layoutOf(objective.code);
  if (heading === "label") {
    out.row(["Obiettivo operativo", `${objective.code} – ${objective.title}`, objective.weightText], true);
    out.row(["Peso dell'obiettivo dirigenziale"], true);
  } else if (layout.title === "weightAbove") {
    out.row([objective.title], true);
    out.row([objective.weightText]);
    out.row(["Peso dell'obiettivo dirigenziale"], true);
  } else if (layout.title === "weightBelow") {
    out.row([objective.title], true);
    out.row(["Peso dell'obiettivo dirigenziale"], true);
    out.row([objective.weightText], true);
  } else {
    out.row([objective.title, objective.weightText], true);
    out.row(["Peso dell'obiettivo dirigenziale"], true);
  }
  out.blank();
  writeCommon(out, objective);
  writeIndicators(out, objective);
}

function writeCommon(out: CardSheetWriter, objective: FixtureObjective): void {
  if (objective.bscPerspective) out.row(["Balance Scorecard Prospettiva strategica", objective.bscPerspective], true);
  if (objective.servizi) out.row(["Servizi", objective.servizi]);
  out.row(["Aree", objective.area]);
  if (objective.responsabili) out.row(["Responsabili", objective.responsabili]);
  if (objective.rilevanza) out.row(["Rilevanza oggettiva:", objective.rilevanza.text], true);
  for (const value of objective.valoreEconomico ?? []) out.row([`Valore economico del progetto (${value.fondo})`, value.text], true);
  out.blank();
}

function writeIndicators(out: CardSheetWriter, objective: FixtureObjective): void {
  if (objective.indicators.length === 0) return;
  const strategic = objective.kind === "strategico";
  out.row([strategic ? "INDICATORI" : "INDICATORI:"], true);
  for (const indicator of [...objective.indicators].sort((a, b) => a.n - b.n)) writeIndicator(out, objective.code, indicator, strategic);
  writeRevisions(out, objective);
  writeTables(out, objective);
}

function writeStrategicCard(out: CardSheetWriter, objective: FixtureObjective): void {
  out.row(["OBIETTIVO STRATEGICO"], true);
  out.row([objective.title], true);
  if (objective.areaWeightsLabel) out.row([objective.areaWeightsLabel], true);
  for (const share of objective.areaWeights ?? []) out.row([share.area, clerk(typeAsClerk(share.weightText))]);
  out.blank();
  writeCommon(out, objective);
  const composition = objective.strategicComposition;
  if (composition) {
    out.row(["Quantificazione del peso degli indicatori al raggiungimento dell'obiettivo strategico:"], true);
    out.row(["Indicatori dell'obiettivo strategico", null, `Peso: ${formatPercent(composition.ownIndicatorsWeight)}`], true);
    composition.contributingObjectives.forEach((child, i) => {
      const label = i === 0 ? "Contributo degli obiettivi operativi al raggiungimento dell'obiettivo strategico" : null;
      const share = i === 0 ? { value: composition.operationalContributionWeight, format: PERCENT_FORMAT } : null;
      out.row([label, `${child.code}: ${child.title}`, share], i === 0);
    });
    out.row(["totale", null, { value: composition.ownIndicatorsWeight + composition.operationalContributionWeight, format: PERCENT_FORMAT }], true);
    out.blank();
  }
  writeIndicators(out, objective);
}

function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`.replace(".", ",");
}

function weightsOnlyCard(fixture: PlanFixture, area: PlanFixture["areas"][number], out: CardSheetWriter): string | null {
  const extra = fixture.objectivesOnlyInWeightsTable?.find(
    (objective) => objective.kind === "strategico" && (objective.manager === area.name || objective.manager === area.managerAsWritten),
  );
  if (!extra) return null;
  out.row(["OBIETTIVO STRATEGICO"], true);
  out.row([extra.title], true);
  out.blank();
  out.row(["Aree", area.name]);
  out.row(["Responsabili", managerName(fixture, extra.manager)]);
  return extra.code;
}

const TITLE = ["CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA BRESCIA", "PIANO DELLA PERFORMANCE 2020", "“rendicontazione semestrale” al 30 giugno 2020"];

/** The cards workbook's sheets: the strategic card, the areas' cards, the Azienda Speciale's cards, the managers' weights. */
export function buildCardSheets(fixture: PlanFixture): SheetContent[] {
  const byCode = new Map(fixture.objectives.map((objective) => [objective.code, objective]));
  const sheets: SheetContent[] = [];
  for (const strategic of fixture.objectives.filter((objective) => objective.kind === "strategico")) {
    const out = new CardSheetWriter();
    for (const line of TITLE) out.row([line], true);
    out.blank();
    out.row(["SCHEDE OBIETTIVI STRATEGICI"], true);
    writeStrategicCard(out, strategic);
    sheets.push(out.content(strategic.code));
  }
  const headings: Heading[] = ["title", "label"];
  fixture.areas.forEach((area, i) => {
    const cards = [...area.objectiveCodes].sort(naturalCompare).flatMap((code) => {
      const card = byCode.get(code);
      return card && card.kind === "operativo" ? [card] : [];
    });
    if (cards.length === 1 && cards[0]) {
      const extra = new CardSheetWriter();
      const code = weightsOnlyCard(fixture, area, extra);
      if (code) sheets.push(extra.content(code));
      const out = new CardSheetWriter();
      writeOperationalCard(out, cards[0], "none");
      sheets.push(out.content(cards[0].code));
      return;
    }
    const out = new CardSheetWriter();
    out.row(["SCHEDE OBIETTIVI OPERATIVI"], true);
    out.row([area.name], true);
    out.blank();
    const heading = headings[i % headings.length] ?? "title";
    for (const card of cards) {
      writeOperationalCard(out, card, heading);
      out.blank();
      out.blank();
    }
    sheets.push(out.content(area.name.replace(/ e Regolazione del Mercato$/, "")));
  });
  sheets.push(templateSheetContent(PLAN_TEMPLATE.weights, exampleWeightRows(fixture)));
  return sheets;
}
