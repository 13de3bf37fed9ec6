/**
 * Reading a sheet of objective cards (schede obiettivo), one card or several stacked.
 *
 * A card starts at its heading («OBIETTIVO OPERATIVO 2.2», «Obiettivo strategico», «Obiettivo
 * operativo: 2.2 ...») and ends at the next one: blank rows and section titles between cards do not
 * matter. The title is written in the heading, in the cell after it, or on the first row below it
 * that is not a label. Then, in any order:
 * - labels with their value: inside the label cell («Peso: 50%»), in the next written cell of the
 *   row (merged cells arrive blank after their first cell), or alone in the row below. The first
 *   value found for a label is kept: «Aree», «Responsabili», «Peso» (the objective's, or the
 *   indicator's inside an indicator block), «Codice», «Indicatori dell'obiettivo strategico» (its
 *   own share), «Contributo degli obiettivi operativi» (the list of operational objectives that
 *   contribute to this strategic one, one per row, each starting with its code);
 * - indicator blocks from «Indicatore N: name», written in the column of the heading or of the labels, to the next indicator
 *   or table (a text of the column of values that quotes «Indicatore 2: ...» is no block): the ticked boxes of
 *   «Tipo Indicatore», «Polarità», the grid of baseline, targets and weight (cardTables.ts),
 *   «Risultati raggiunti» (a result written over two lines is one text, as in one cell with a line
 *   break) and «Scostamenti», both without a date (they belong to the reporting period);
 * - revision tables, read into the plan's revisions; other tables (budget, documentation), text
 *   paragraphs and signatures name no label and are passed over.
 * The code is the heading's, else the «Codice» label's, else the sheet's name when the sheet holds
 * one card, else the title; the recognition notes say which. Never throws on odd grids.
 */
import type { CellReading } from "../cellReading";
import type { Grid } from "../grid";
import { cellRef, cellText, gridOrigin, gridRows, titleAbove, type GridOrigin } from "../gridCells";
import { isBlank } from "../../values/matchPlaceholder";
import { inferPolarity } from "../inferPolarity";
import type { ReadField } from "../mapColumns";
import { leadingCode, readObjectiveKind } from "../planCodes";
import type { Indicator, Objective, Period, PlanCell, ProjectValue, RevisionRow } from "../planModel";
import { projectValueOf, relevanceCoefficientOf, withRelevance } from "../projectValues";
import type { IndicatorRecord, UndatedCells } from "../indicatorColumns";
import type { SheetLayout } from "../sheetLayout";
import { cardHeading, cardLabel, checkedWords, codeAndTitle, indicatorLabel, isCheckbox, type CardConcept, type CardLabel } from "./cardLabels";
import { inlineCell, opensIndicatorGrid, opensRevisionTable, readIndicatorGrid, readRevisionTable } from "./cardTables";
import type { SheetNote } from "../../wording/sheetNotes";
import { readIndicatorCards } from "./readIndicatorCards";

/** Where the reader found each kind of value, for the recognition report (first occurrence). */
export interface CardFieldSeen {
  field: ReadField;
  header: string;
  address: string;
}

export interface CardSheet {
  sheet: string;
  objectives: Objective[];
  indicators: IndicatorRecord[];
  revisions: RevisionRow[];
  /** For each strategic card, the operational objectives it lists as contributing (as written). */
  contributions: { parent: string; children: string[] }[];
  /** Texts above the first card (the document's title, which may name the reporting date). */
  title: string;
  /** The first heading's row, 0-based in sheet coordinates. */
  headingRow: number;
  fields: CardFieldSeen[];
  /** What the reader assumed, in Italian. */
  notes: SheetNote[];
  /** What the cards describe: objectives with their indicators (the default), or one indicator each (readIndicatorCards). */
  cards?: "objectives" | "indicators";
}

interface Cell {
  c: number;
  text: string;
}

interface Context {
  grid: Grid;
  rows: unknown[][];
  origin: GridOrigin;
  values: CellReading;
  sheet: CardSheet;
}

interface IndicatorDraft {
  number: string;
  name: string;
  ref: PlanCell["ref"];
  types: string[];
  typeText?: string;
  /** The indicator's cells by field, as a table row would have them (results without a date: `resultUndated`). */
  cells: Partial<Record<ReadField, PlanCell>>;
  gridRead: boolean;
}

/** The field a dated label names: «Target al 30/6» -> target30_6; «Risultati raggiunti» -> resultUndated. */
const DATED_LABELS: Partial<Record<CardConcept, Record<Period | "none", ReadField>>> = {
  target: { "30/6": "target30_6", "31/12": "target31_12", none: "target31_12" },
  result: { "30/6": "result30_6", "31/12": "result31_12", none: "resultUndated" },
  deviation: { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12", none: "declaredDeviationUndated" },
  declaredDeviation: { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12", none: "declaredDeviationUndated" },
};

/** Labels of an indicator whose value is one cell, kept as written. */
const PLAIN_LABELS: Partial<Record<CardConcept, ReadField>> = {
  polarity: "polarity", unit: "unit", baseline: "baseline", baselineYear: "baselineYear",
};

function filledCells(rows: unknown[][], r: number): Cell[] {
  const row = rows[r];
  if (!Array.isArray(row)) return [];
  const cells: Cell[] = [];
  row.forEach((raw, c) => {
    if (!isBlank(raw)) {
      const text = cellText(raw);
      if (text !== "") cells.push({ c, text });
    }
  });
  return cells;
}

function see(ctx: Context, field: ReadField, header: string, r: number, c: number): void {
  if (ctx.sheet.fields.some((seen) => seen.field === field)) return;
  ctx.sheet.fields.push({ field, header, address: cellRef(ctx.grid.sheet, ctx.origin, r, c).address });
}

function isLabelLike(text: string): boolean {
  return cardLabel(text) !== null || cardHeading(text) !== null || indicatorLabel(text) !== null;
}

/** The value of a label at (r, c): inside it, in the next written cell of the row, or alone below it. */
function labelValue(ctx: Context, r: number, cells: Cell[], i: number, label: CardLabel): { cell: PlanCell; used: number } | null {
  const at = cells[i];
  if (!at) return null;
  if (label.inline !== undefined) return { cell: inlineCell(cellRef(ctx.grid.sheet, ctx.origin, r, at.c), label.inline, ctx.values), used: i };
  const next = cells[i + 1];
  if (next) {
    // A ticked box is the next label's business (the ticked words of «Tipo Indicatore»), not a value.
    if (isCheckbox(next.text)) return null;
    const inner = cardLabel(next.text);
    if (inner === null && !isLabelLike(next.text)) return { cell: ctx.values.cellAt(ctx.grid, ctx.origin, r, next.c), used: i + 1 };
    if (label.concept === "ownShare" && inner?.inline !== undefined && inner.concept === "weight") {
      // «Indicatori dell'obiettivo strategico | Peso: 50%»: the value is the figure of the next cell.
      return { cell: inlineCell(cellRef(ctx.grid.sheet, ctx.origin, r, next.c), inner.inline, ctx.values), used: i + 1 };
    }
    return null;
  }
  const below = filledCells(ctx.rows, r + 1);
  const only = below[0];
  if (below.length === 1 && only && only.c >= at.c && !isLabelLike(only.text) && !isCheckbox(only.text)) {
    return { cell: ctx.values.cellAt(ctx.grid, ctx.origin, r + 1, only.c), used: i };
  }
  return null;
}

/** A result or deviation with its continuation lines (the rows below with only one text, in its column). */
function multiLineValue(ctx: Context, r: number, cell: PlanCell, end: number): PlanCell {
  const col = cell.ref.col - ctx.origin.col;
  const lines = [cellText(cell.raw)];
  for (let below = r + 1; below < end; below++) {
    const cells = filledCells(ctx.rows, below);
    const only = cells[0];
    if (cells.length !== 1 || !only || only.c !== col || isLabelLike(only.text)) break;
    lines.push(only.text);
  }
  if (lines.length === 1 || lines[0] === "") return cell;
  return inlineCell(cell.ref, lines.join("\n"), ctx.values);
}

/** The codes listed by a contribution label: its row and the rows below whose first text, right of the label, starts with a code. */
function contributionList(ctx: Context, r: number, labelCol: number, end: number): string[] {
  const children: string[] = [];
  for (let row = r; row < end; row++) {
    const cells = filledCells(ctx.rows, row).filter((cell) => cell.c > labelCol);
    const first = cells[0];
    const own = filledCells(ctx.rows, row)[0];
    if (row > r && (own === undefined || own.c <= labelCol)) break;
    if (!first || leadingCode(first.text) === null) {
      if (row > r) break;
      continue;
    }
    children.push(first.text);
  }
  return children;
}

class CardReader {
  private readonly objective: Objective;
  private code: string | undefined;
  private codeLabel: string | undefined;
  private expectTitle: boolean;
  private current: IndicatorDraft | null = null;
  private readonly drafts: IndicatorDraft[] = [];
  private readonly revisions: RevisionRow[] = [];
  private contribution: string[] | null = null;
  /** The project's value per fund («Valore economico del progetto (Fondo Dirigenti)») and the relevance's coefficient. */
  private readonly projects: ProjectValue[] = [];
  private relevance: number | null = null;
  /** The heading row's cells after the heading and its code or title («Peso: 45%»). */
  private readonly headingRest: Cell[];
  /** The column where the card's blocks start: the heading's, or its first label's when further right. */
  private labelColumn: number;
  private labelSeen = false;

  constructor(
    private readonly ctx: Context,
    private readonly start: number,
    private readonly end: number,
  ) {
    const cells = filledCells(ctx.rows, start);
    const first = cells[0] ?? { c: 0, text: "" };
    const heading = cardHeading(first.text) ?? { kind: "operativo" as const };
    let { code, title } = heading;
    const second = cells[1];
    let used = 1;
    if (code === undefined && title === undefined && second && !isLabelLike(second.text)) {
      ({ code, title } = codeAndTitle(second.text));
      used = 2;
    }
    this.headingRest = cells.slice(used);
    this.labelColumn = first.c;
    this.code = code;
    this.expectTitle = title === undefined;
    this.objective = {
      code: code ?? "",
      kind: readObjectiveKind(heading.kind, code ?? "", ""),
      title: title ?? "",
      ref: cellRef(ctx.grid.sheet, ctx.origin, start, first.c),
    };
    see(ctx, "objectiveKind", first.text, start, first.c);
    see(ctx, "objectiveCode", first.text, start, first.c);
  }

  read(): void {
    this.readLabels(this.start, this.headingRest);
    for (let r = this.start + 1; r < this.end; r++) r = this.readRow(r);
    this.flush();
  }

  /** Reads row r; returns the last row it used. */
  private readRow(r: number): number {
    const { ctx } = this;
    const cells = filledCells(ctx.rows, r);
    const first = cells[0];
    if (!first) return r;
    if (!this.labelSeen && cardLabel(first.text) !== null) {
      this.labelSeen = true;
      this.labelColumn = Math.max(this.labelColumn, first.c);
    }
    // An indicator's block starts in the card's label column: «Indicatore 2: ...» quoted at the start of
    // a text in the column of values (the description of the results) is not a new indicator.
    const indicator = first.c <= this.labelColumn ? indicatorLabel(first.text) : null;
    if (indicator !== null && !opensRevisionTable(ctx.rows, r)) {
      this.expectTitle = false;
      this.openIndicator(r, cells, indicator.number, indicator.name);
      return r;
    }
    if (this.expectTitle) {
      this.expectTitle = false;
      if (!isLabelLike(first.text) && !isCheckbox(first.text)) {
        this.objective.title = first.text;
        see(ctx, "objectiveTitle", first.text, r, first.c);
        this.readLabels(r, cells.slice(1));
        return r;
      }
    }
    if (opensRevisionTable(ctx.rows, r)) {
      const table = readRevisionTable(ctx.grid, r, this.end, this.code ?? "");
      this.revisions.push(...table.rows);
      return table.lastRow;
    }
    const current = this.current;
    if (current && !current.gridRead && opensIndicatorGrid(ctx.rows, r)) {
      const grid = readIndicatorGrid(ctx.grid, r, this.end, ctx.values);
      current.gridRead = true;
      current.cells = { ...grid.cells, ...current.cells };
      for (const column of grid.columns) {
        const address = column.address;
        if (!ctx.sheet.fields.some((seen) => seen.field === column.field)) ctx.sheet.fields.push({ ...column, address });
      }
      for (const text of grid.unnamed) {
        ctx.sheet.notes.push({ kind: "unnamedColumn", indicator: current.number, card: this.objective.code || this.objective.title, header: text });
      }
      return grid.lastRow;
    }
    this.readLabels(r, cells);
    return r;
  }

  private openIndicator(r: number, cells: Cell[], number: string, name: string): void {
    this.flush();
    const first = cells[0] ?? { c: 0, text: "" };
    const next = cells[1];
    const written = name !== "" ? name : next && !isLabelLike(next.text) && !isCheckbox(next.text) ? next.text : "";
    this.current = { number, name: written, ref: cellRef(this.ctx.grid.sheet, this.ctx.origin, r, first.c), types: [], cells: {}, gridRead: false };
    see(this.ctx, "indicatorNumber", first.text, r, first.c);
    see(this.ctx, "indicatorName", first.text, r, first.c);
  }

  private readLabels(r: number, cells: Cell[]): void {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      if (isCheckbox(cell.text)) {
        this.current?.types.push(...checkedWords(cell.text));
        continue;
      }
      const label = cardLabel(cell.text);
      if (label === null) continue;
      if (label.concept === "contribution") {
        if (this.contribution === null) {
          this.contribution = contributionList(this.ctx, r, cell.c, this.end);
          see(this.ctx, "parentCode", cell.text, r, cell.c);
          this.ctx.sheet.notes.push({ kind: "contributions", label: cell.text, row: r + this.ctx.origin.row + 1 });
        }
        return;
      }
      const value = labelValue(this.ctx, r, cells, i, label);
      if (label.concept === "projectValue" || label.concept === "relevance") this.assignProject(label, cell, r, value?.cell);
      else this.assign(label.concept, cell, label.date, r, value?.cell);
      if (value) i = value.used;
    }
  }

  private assign(concept: CardConcept, label: Cell, date: Period | undefined, r: number, value: PlanCell | undefined): void {
    const text = value ? cellText(value.raw) : "";
    const current = this.current;
    const objective = this.objective;
    const written = value !== undefined && text !== "";
    const note = (field: ReadField) => see(this.ctx, field, label.text, r, label.c);
    if (concept === "area" && objective.area === undefined && written) {
      objective.area = text;
      note("area");
    } else if (concept === "manager" && objective.manager === undefined && written) {
      objective.manager = text;
      note("manager");
    } else if (concept === "code" && this.codeLabel === undefined && written) {
      this.codeLabel = text;
    } else if (concept === "ownShare" && objective.ownShare === undefined && value && written) {
      objective.ownShare = value;
      note("ownShare");
    } else if (concept === "parent" && objective.parentCode === undefined && written) {
      objective.parentCode = text;
      note("parentCode");
    } else if (concept === "weight" || concept === "objectiveWeight" || concept === "indicatorWeight") {
      if (current && concept !== "objectiveWeight") {
        if (current.cells.indicatorWeight === undefined && value) {
          current.cells.indicatorWeight = value;
          note("indicatorWeight");
        }
      } else if (objective.weight === undefined && value && written) {
        objective.weight = value;
        note("objectiveWeight");
      }
    } else if (current) {
      this.assignIndicator(concept, current, label, date, r, value);
    }
  }

  /** A project's value for the fund the label names, or the relevance whose coefficient completes it. */
  private assignProject(label: CardLabel, at: Cell, r: number, value: PlanCell | undefined): void {
    if (value === undefined || cellText(value.raw) === "") return;
    if (label.concept === "relevance") {
      if (this.relevance === null) this.relevance = relevanceCoefficientOf(value);
      see(this.ctx, "projectRelevance", at.text, r, at.c);
      return;
    }
    this.projects.push(projectValueOf(value, label.qualifier ?? ""));
    see(this.ctx, "projectValue", at.text, r, at.c);
  }

  private assignIndicator(concept: CardConcept, current: IndicatorDraft, label: Cell, date: Period | undefined, r: number, value: PlanCell | undefined): void {
    const note = (field: ReadField) => see(this.ctx, field, label.text, r, label.c);
    if (concept === "indicatorType" || concept === "type") {
      // «Tipo Indicatore: ☐ efficacia esterna ☒ efficacia interna» in one cell, or a type written as a word.
      const text = value ? cellText(value.raw) : "";
      if (isCheckbox(text)) current.types.push(...checkedWords(text));
      else if (text !== "") current.typeText = text;
      note("indicatorType");
      return;
    }
    const plain = PLAIN_LABELS[concept];
    if (plain !== undefined && value && current.cells[plain] === undefined) {
      current.cells[plain] = value;
      note(plain);
      return;
    }
    const dated = DATED_LABELS[concept]?.[date ?? "none"];
    if (dated === undefined || current.cells[dated] !== undefined) return;
    // A blank value is kept beside its label: a missing result then has an address.
    const blank = () => this.ctx.values.cellAt(this.ctx.grid, this.ctx.origin, r, label.c + 1);
    const many = dated.startsWith("result") || dated.startsWith("declared");
    current.cells[dated] = value ? (many ? multiLineValue(this.ctx, r, value, this.end) : value) : blank();
    note(dated);
    if (concept === "target" && date === undefined) {
      this.ctx.sheet.notes.push({ kind: "undatedTarget", label: label.text, indicator: current.number, row: r + this.ctx.origin.row + 1 });
    }
  }

  private flush(): void {
    if (this.current) this.drafts.push(this.current);
    this.current = null;
  }

  /** The card's objective, indicators and revisions, once its code is settled. */
  finish(onlyCard: boolean): { objective: Objective; indicators: IndicatorRecord[]; revisions: RevisionRow[]; contribution: string[] | null } {
    const { ctx, objective } = this;
    let code = this.code ?? this.codeLabel;
    if (code === undefined) {
      const fromSheet = onlyCard ? leadingCode(ctx.grid.sheet) ?? ctx.grid.sheet.trim() : "";
      code = fromSheet !== "" ? fromSheet : objective.title;
      ctx.sheet.notes.push({ kind: "cardCode", row: objective.ref.row + 1, fromSheet: fromSheet !== "" ? code : null });
    }
    objective.code = code;
    if (this.projects.length > 0) objective.projectValues = withRelevance(this.projects, this.relevance);
    const indicators = this.drafts.map((draft) => toIndicatorRecord(draft, code ?? ""));
    for (const revision of this.revisions) revision.objectiveCode = code;
    return { objective, indicators, revisions: this.revisions, contribution: this.contribution };
  }
}

function toIndicatorRecord(draft: IndicatorDraft, objectiveCode: string): IndicatorRecord {
  const { cells } = draft;
  const target30 = cells.target30_6;
  const target31 = cells.target31_12;
  const polarity = inferPolarity({ name: draft.name, written: cells.polarity, targets: [target30?.value, target31?.value] });
  const byDate = (mid: ReadField, end: ReadField) => {
    const found: Partial<Record<Period, PlanCell>> = {};
    if (cells[mid]) found["30/6"] = cells[mid];
    if (cells[end]) found["31/12"] = cells[end];
    return found;
  };
  const indicator: Indicator = {
    objectiveCode,
    number: draft.number,
    name: draft.name,
    polarity: polarity.polarity,
    polarityBasis: polarity.basis,
    targets: byDate("target30_6", "target31_12"),
    results: byDate("result30_6", "result31_12"),
    declaredDeviations: byDate("declaredDeviation30_6", "declaredDeviation31_12"),
    ref: draft.ref,
  };
  if (cells.polarity) indicator.polarityCell = cells.polarity;
  if (polarity.inferred !== undefined) indicator.polarityInferred = polarity.inferred;
  const type = draft.types.length > 0 ? draft.types.join(", ") : draft.typeText;
  if (type !== undefined && type !== "") indicator.type = type;
  const unit = cells.unit ? cellText(cells.unit.raw) : "";
  if (unit !== "") indicator.unit = unit;
  if (cells.baseline) indicator.baseline = cells.baseline;
  if (cells.baselineYear) indicator.baselineYear = cells.baselineYear;
  if (cells.indicatorWeight) indicator.weight = cells.indicatorWeight;
  const undated: UndatedCells = {};
  if (cells.resultUndated) undated.result = cells.resultUndated;
  if (cells.declaredDeviationUndated) undated.declaredDeviation = cells.declaredDeviationUndated;
  return { indicator, undated };
}

const MAY_BE_HEADING = /^\s*(?:scheda\s+)?obiettiv/i;

/** Whether a cell has something written in it: one function for every row scanned, not a new one per row. */
const isWritten = (raw: unknown): boolean => !isBlank(raw);

/** Rows whose first text is an objective's heading (only the first written cell of each row is looked at). */
function headingRows(rows: unknown[][]): number[] {
  const found: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    const first = row.find(isWritten);
    if (typeof first === "string" && MAY_BE_HEADING.test(first) && cardHeading(cellText(first)) !== null) found.push(r);
  }
  return found;
}

function startsWithIndicatorLabel(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  const first = row.find(isWritten);
  return typeof first === "string" && indicatorLabel(first) !== null;
}

/**
 * The cards of a sheet, or null when the sheet holds none: no heading, or headings with nothing a
 * card has under them (no indicator, area, manager or weight), as in a table that merely names
 * objectives.
 */
export function readCardSheet(grid: Grid, values: CellReading): CardSheet | null {
  const rows = gridRows(grid);
  const headings = headingRows(rows);
  const firstHeading = headings[0];
  if (firstHeading === undefined) return null;
  const origin = gridOrigin(grid);
  const sheet: CardSheet = {
    sheet: grid.sheet,
    objectives: [],
    indicators: [],
    revisions: [],
    contributions: [],
    title: titleAbove(rows, firstHeading),
    headingRow: origin.row + firstHeading,
    fields: [],
    notes: [],
  };
  const ctx: Context = { grid, rows, origin, values, sheet };
  headings.forEach((start, k) => {
    const reader = new CardReader(ctx, start, headings[k + 1] ?? rows.length);
    reader.read();
    const card = reader.finish(headings.length === 1);
    sheet.objectives.push(card.objective);
    for (const row of card.indicators) sheet.indicators.push(row);
    for (const row of card.revisions) sheet.revisions.push(row);
    if (card.contribution !== null) sheet.contributions.push({ parent: card.objective.code, children: card.contribution });
  });
  const cardFields = new Set<ReadField>(["area", "manager", "objectiveWeight", "indicatorName", "ownShare", "parentCode"]);
  if (!sheet.fields.some((seen) => cardFields.has(seen.field))) return null;
  return sheet;
}

/**
 * The cards of a sheet the table reader recognised as `layout` (null: no table header), when the
 * sheet is a card sheet: always when no table header was found; over a table header only when the
 * cards hold indicators (a card's grid or revision table in the first rows looks like a header), and
 * never over an objective sheet or a weights table. Without a table header, a sheet whose objective
 * cards hold no indicator may be a sheet of indicator cards (readIndicatorCards).
 */
export function readCardSheetInsteadOf(layout: SheetLayout | null, grid: Grid, values: CellReading): CardSheet | null {
  if (layout?.role === "objectives" || layout?.role === "weights") return null;
  // A table is read as cards only if a row starts with an indicator's label: checked first, cheaply.
  if (layout !== null && !gridRows(grid).some(startsWithIndicatorLabel)) return null;
  const cards = readCardSheet(grid, values);
  if (layout !== null) return cards !== null && cards.indicators.length > 0 ? cards : null;
  // Without a table header: objective cards with indicators, else indicator cards (the Portale della Performance's), else objective cards.
  if (cards !== null && cards.indicators.length > 0) return cards;
  return readIndicatorCards(grid, values) ?? cards;
}
