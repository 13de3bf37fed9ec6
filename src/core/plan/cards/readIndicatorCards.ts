/**
 * Reading a sheet of indicator cards (schede indicatore): one indicator per card, each value beside
 * its label, as the Portale della Performance (performance.gov.it) shows an indicator and as a clerk
 * pastes it into Excel: «Anno di riferimento | 2016», «Codice | 149.1», «Titolo | Percentuale di …»,
 * «Obiettivo strategico | 149 – Migliorare …», «Unità di misura», «Peso indicatore», «Target
 * conseguito nell'esercizio precedente», «Target primo anno», «Target secondo anno», «Target terzo anno».
 *
 * - A label is the first written cell of a row that a table header synonym names (matchHeader); its
 *   value is the next written cell of the row. Other rows («Descrizione», «Fonte dei dati»,
 *   «Algoritmo di calcolo») are passed over.
 * - A card is a run of labels; it ends where a label it already has comes again (the next card's
 *   «Codice»), so several cards may be stacked on one sheet.
 * - «Titolo», «Indicatore», «Denominazione» name the indicator; a label with «obiettivo» («Obiettivo
 *   strategico», «Obiettivo specifico», «Obiettivo operativo») names its objective, code first
 *   («149 – Migliorare …»); «Codice» is the indicator's number.
 * - «Anno di riferimento» (or «Anno») holding a year is the card's first year: targets named by their
 *   place («Target primo anno», «secondo», «terzo») are that year's and the next ones', and a note says
 *   so; without it the year comes from the text above the cards or the sheet's name. A target with
 *   neither a date nor a place is the year's (31/12), and a note says so.
 * - Results without a date belong to the reporting period, as on objective cards.
 * A card counts when it names an indicator and its objective and has a target or a result; a sheet
 * with none is not an indicator card sheet (null). Never throws on odd grids.
 */
import type { CellReading } from "../cellReading";
import type { Grid } from "../grid";
import { cellRef, cellText, gridOrigin, gridRows, titleAbove } from "../gridCells";
import { inferPolarity } from "../inferPolarity";
import type { IndicatorRecord, UndatedCells } from "../indicatorColumns";
import { datedField, type ReadField } from "../mapColumns";
import { matchHeader, type HeaderMatch } from "../matchHeader";
import { normalizeHeader } from "../normalizeHeader";
import { codeKey, readObjectiveKind, splitCodeAndTitle } from "../planCodes";
import type { Indicator, Objective, Period, PlanCell } from "../planModel";
import { firstYearIn, yearEnd, yearPlaceIn } from "../reportingDate";
import { isBlank } from "../../values/matchPlaceholder";
import type { SheetNote } from "../../wording/sheetNotes";
import type { CardSheet } from "./readCardSheet";

interface LabelRow {
  r: number;
  /** The label as written, its column and what it names. */
  label: string;
  c: number;
  match: HeaderMatch;
  value: PlanCell;
}

/** What a label gives a card, and the key under which a card holds it once. */
type Part =
  | { kind: "name" | "number" | "type" | "unit" | "weight" | "baseline" | "polarity" | "year" | "result" }
  | { kind: "objective"; strategic: boolean }
  | { kind: "target"; date?: Period; place?: number };

interface Card {
  rows: { row: LabelRow; part: Part }[];
  keys: Set<string>;
}

/** The first two written cells of each row: a label and its value. */
function labelRows(grid: Grid, values: CellReading): LabelRow[] {
  const rows = gridRows(grid);
  const origin = gridOrigin(grid);
  const found: LabelRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const written: number[] = [];
    for (let c = 0; c < row.length && written.length < 2; c++) if (!isBlank(row[c]) && cellText(row[c]) !== "") written.push(c);
    const [labelCol, valueCol] = written;
    if (labelCol === undefined || valueCol === undefined) continue;
    const label = cellText(row[labelCol]).replace(/\s*:\s*$/, "");
    const match = matchHeader(label);
    if (match === null) continue;
    found.push({ r, label, c: labelCol, match, value: values.cellAt(grid, origin, r, valueCol) });
  }
  return found;
}

const YEAR_LABEL = /^anno(?: di riferimento)?$/;

/** What a label row gives an indicator card, or null when it gives nothing a card keeps. */
function partOf(row: LabelRow): Part | null {
  const words = normalizeHeader(row.label);
  const objectiveWords = /(?:^|\s)obiettiv[oi](?=\s|$)/.test(words);
  switch (row.match.concept) {
    case "objective":
    case "parent":
      if (!objectiveWords) return { kind: "name" };
      return { kind: "objective", strategic: readObjectiveKind(row.label, "", "") === "strategic" || row.match.concept === "parent" };
    case "indicator":
      return { kind: "name" };
    case "code":
    case "number":
      return { kind: "number" };
    case "type":
    case "indicatorType":
      return { kind: "type" };
    case "unit":
      return { kind: "unit" };
    case "weight":
    case "indicatorWeight":
      return { kind: "weight" };
    case "baseline":
      return { kind: "baseline" };
    case "polarity":
      return { kind: "polarity" };
    case "baselineYear":
      return YEAR_LABEL.test(words) ? { kind: "year" } : null;
    case "result":
      return { kind: "result" };
    case "target": {
      const place = yearPlaceIn(row.label);
      if (row.match.date !== undefined) return { kind: "target", date: row.match.date };
      return place === undefined ? { kind: "target" } : { kind: "target", place };
    }
    default:
      return null;
  }
}

function keyOf(part: Part): string {
  if (part.kind === "target") return `target@${part.date ?? ""}#${part.place ?? ""}`;
  return part.kind;
}

/** The label rows in cards: a card ends where a label it already has comes again. */
function cardsOf(rows: readonly LabelRow[]): Card[] {
  const cards: Card[] = [];
  let current: Card | null = null;
  for (const row of rows) {
    const part = partOf(row);
    if (part === null) continue;
    const key = keyOf(part);
    if (current === null || current.keys.has(key)) {
      current = { rows: [], keys: new Set() };
      cards.push(current);
    }
    current.rows.push({ row, part });
    current.keys.add(key);
  }
  return cards;
}

/** The text of a value cell, "" for a placeholder («–», «-», blank). */
function writtenText(cell: PlanCell): string {
  return cell.value.kind === "placeholder" ? "" : cellText(cell.raw);
}

/** The first year of the cards: the «Anno di riferimento» of the first card that writes one, else the text above or the sheet's name. */
function firstYearOf(cards: readonly Card[], above: string, sheet: string): { year: number; written: string; from: "label" | "title" | "sheetName"; label?: string } | undefined {
  for (const card of cards) {
    for (const { row, part } of card.rows) {
      const year = part.kind === "year" ? firstYearIn(writtenText(row.value)) : undefined;
      if (year !== undefined) return { ...year, from: "label", label: row.label };
    }
  }
  const fromTitle = firstYearIn(above);
  if (fromTitle !== undefined) return { ...fromTitle, from: "title" };
  const fromName = firstYearIn(sheet);
  return fromName === undefined ? undefined : { ...fromName, from: "sheetName" };
}

interface CardContext {
  grid: Grid;
  sheet: CardSheet;
  firstYear: ReturnType<typeof firstYearOf>;
  placed: { headers: string[]; years: number[] };
}

function see(ctx: CardContext, field: ReadField, row: LabelRow): void {
  if (ctx.sheet.fields.some((seen) => seen.field === field)) return;
  ctx.sheet.fields.push({ field, header: row.label, address: cellRef(ctx.grid.sheet, gridOrigin(ctx.grid), row.r, row.c).address });
}

/** The date of a card's target, or null when it cannot be placed (a later year without a first year), with the note it needs. */
function targetDate(ctx: CardContext, part: Extract<Part, { kind: "target" }>, row: LabelRow, indicator: string): Period | null {
  if (part.date !== undefined) return part.date;
  const first = ctx.firstYear;
  if (part.place !== undefined && first !== undefined) {
    const year = first.year + part.place;
    if (!ctx.placed.headers.includes(row.label)) {
      ctx.placed.headers.push(row.label);
      ctx.placed.years.push(year);
    }
    return yearEnd(year);
  }
  if (part.place !== undefined && part.place > 0) {
    ctx.sheet.notes.push({ kind: "unreadColumn", header: row.label, laterYear: true });
    return null;
  }
  ctx.sheet.notes.push({ kind: "undatedTarget", label: row.label, indicator, row: row.r + gridOrigin(ctx.grid).row + 1 });
  return "31/12";
}

/** The card's objective and indicator, or null when it does not name both or has no target and no result. */
function readCard(ctx: CardContext, card: Card): { objective: Objective; indicator: IndicatorRecord } | null {
  const find = (kind: Part["kind"]) => card.rows.find((entry) => entry.part.kind === kind);
  const name = find("name");
  const objectiveRow = find("objective");
  const figures = card.rows.filter((entry) => entry.part.kind === "target" || entry.part.kind === "result");
  if (name === undefined || objectiveRow === undefined || figures.length === 0) return null;
  const reference = writtenText(objectiveRow.row.value);
  const split = splitCodeAndTitle(reference);
  if (reference === "") return null;
  const code = split?.code ?? reference;
  const title = split !== null && split.title !== "" ? split.title : reference;
  const strategic = objectiveRow.part.kind === "objective" && objectiveRow.part.strategic;
  const objective: Objective = { code, kind: strategic ? "strategic" : readObjectiveKind("", code, title), title, ref: objectiveRow.row.value.ref };
  const numberRow = find("number");
  const number = numberRow === undefined ? "" : writtenText(numberRow.row.value);
  const indicatorName = writtenText(name.row.value);
  const targets: Partial<Record<Period, PlanCell>> = {};
  const results: Partial<Record<Period, PlanCell>> = {};
  const undated: UndatedCells = {};
  for (const { row, part } of card.rows) {
    if (part.kind === "target") {
      const date = targetDate(ctx, part, row, number || indicatorName);
      if (date !== null && targets[date] === undefined) {
        targets[date] = row.value;
        see(ctx, datedField("target", date), row);
      }
    } else if (part.kind === "result") {
      const date = row.match.date;
      if (date === undefined) {
        undated.result ??= row.value;
        see(ctx, "resultUndated", row);
      } else if (results[date] === undefined) {
        results[date] = row.value;
        see(ctx, datedField("result", date), row);
      }
    }
  }
  const cell = (kind: Part["kind"]) => find(kind)?.row.value;
  const polarityCell = cell("polarity");
  const polarity = inferPolarity({ name: indicatorName, written: polarityCell, targets: Object.values(targets).map((target) => target?.value) });
  const indicator: Indicator = {
    objectiveCode: code,
    number: number !== "" ? number : "1",
    name: indicatorName,
    polarity: polarity.polarity,
    polarityBasis: polarity.basis,
    targets,
    results,
    declaredDeviations: {},
    ref: cellRef(ctx.grid.sheet, gridOrigin(ctx.grid), name.row.r, name.row.c),
  };
  if (polarityCell !== undefined) indicator.polarityCell = polarityCell;
  if (polarity.inferred !== undefined) indicator.polarityInferred = polarity.inferred;
  const type = cell("type");
  if (type !== undefined && writtenText(type) !== "") indicator.type = writtenText(type);
  const unit = cell("unit");
  if (unit !== undefined && writtenText(unit) !== "") indicator.unit = writtenText(unit);
  const baseline = cell("baseline");
  if (baseline !== undefined) indicator.baseline = baseline;
  const weight = cell("weight");
  if (weight !== undefined) indicator.weight = weight;
  for (const { row, part } of card.rows) {
    const field = FIELDS[part.kind];
    if (field !== undefined) see(ctx, field, row);
  }
  return { objective, indicator: { indicator, undated } };
}

/** The field a part is recognised as (targets and results: by date, above). */
const FIELDS: Partial<Record<Part["kind"], ReadField>> = {
  name: "indicatorName", number: "indicatorNumber", type: "indicatorType", unit: "unit", weight: "indicatorWeight",
  baseline: "baseline", polarity: "polarity", objective: "objectiveCode",
};

/** The sheet's indicator cards, or null when it holds none (see the file's comment). */
export function readIndicatorCards(grid: Grid, values: CellReading): CardSheet | null {
  const rows = labelRows(grid, values);
  const cards = cardsOf(rows);
  const first = rows[0];
  if (first === undefined) return null;
  const title = titleAbove(gridRows(grid), first.r);
  const sheet: CardSheet = {
    sheet: grid.sheet, objectives: [], indicators: [], revisions: [], contributions: [], title,
    headingRow: gridOrigin(grid).row + first.r, fields: [], notes: [], cards: "indicators",
  };
  const ctx: CardContext = { grid, sheet, firstYear: firstYearOf(cards, title, grid.sheet), placed: { headers: [], years: [] } };
  const objectives = new Map<string, Objective>();
  for (const card of cards) {
    const read = readCard(ctx, card);
    if (read === null) continue;
    const key = codeKey(read.objective.code);
    if (!objectives.has(key)) {
      objectives.set(key, read.objective);
      sheet.objectives.push(read.objective);
    }
    sheet.indicators.push(read.indicator);
  }
  if (sheet.indicators.length === 0) return null;
  const firstYear = ctx.firstYear;
  if (ctx.placed.headers.length > 0 && firstYear !== undefined) {
    const note: SheetNote = { kind: "placedYears", headers: ctx.placed.headers, years: ctx.placed.years, firstYear: firstYear.written, from: firstYear.from };
    sheet.notes.unshift(firstYear.label === undefined ? note : { ...note, label: firstYear.label });
  }
  return sheet;
}
