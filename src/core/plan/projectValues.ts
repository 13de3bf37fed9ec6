/**
 * An objective's project values as the readers build them, whatever the layout:
 * - a card: a line «Valore economico del progetto (Fondo Dirigenti)» per fund, its text read by
 *   readProjectValue.ts, the fund named in the label's brackets; the card's «Rilevanza oggettiva: …
 *   COEFFICIENTE 5» gives the coefficient a line lacks;
 * - a table: the column «Valore economico del progetto» (a text read the same way, or a number: the
 *   total), and the optional columns «Valore del punto», «Coefficiente», «Fondo» and «Rilevanza»; a
 *   figure written in its own column wins over the same figure in the value's text.
 * A cell whose text has no figure (or too many) is kept with its problem, so that the rule
 * `valore-progetto-incoerente` can say so: a value written is never lost.
 */
import type { PlanCell, ProjectValue } from "./planModel";
import { cellText } from "./gridCells";
import { readProjectValue, readRelevanceCoefficient, type ProjectFigures } from "../values/readProjectValue";
import { figureOf } from "../values/valueTypes";

/** The project value a cell states for a fund: a number is the total, a text is read for its figures. */
export function projectValueOf(cell: PlanCell, fund: string): ProjectValue {
  const value: ProjectValue = { fund, cell };
  if (typeof cell.raw === "number" && Number.isFinite(cell.raw)) {
    value.total = cell.raw;
    return value;
  }
  const reading = readProjectValue(cellText(cell.raw));
  if (!reading.ok) {
    value.problem = reading.problem;
    return value;
  }
  return withFigures(value, reading.figures);
}

function withFigures(value: ProjectValue, figures: ProjectFigures): ProjectValue {
  if (figures.unitValue !== undefined) value.unitValue = figures.unitValue;
  if (figures.coefficient !== undefined) {
    value.coefficient = figures.coefficient;
    value.coefficientSource = "written";
  }
  if (figures.total !== undefined) value.total = figures.total;
  return value;
}

/** The coefficient a relevance cell gives («… – COEFFICIENTE 5», or a bare 5), or null. */
export function relevanceCoefficientOf(cell: PlanCell | undefined): number | null {
  if (cell === undefined) return null;
  if (typeof cell.raw === "number" && Number.isFinite(cell.raw)) return cell.raw;
  return readRelevanceCoefficient(cellText(cell.raw));
}

/** The values with the relevance's coefficient where they lack one (said: `coefficientSource` "relevance"). */
export function withRelevance(values: ProjectValue[], coefficient: number | null): ProjectValue[] {
  if (coefficient === null) return values;
  return values.map((value) =>
    value.coefficient !== undefined || value.problem !== undefined ? value : { ...value, coefficient, coefficientSource: "relevance" },
  );
}

/** A number written in a figure's own column («Valore del punto», «Coefficiente»), or undefined. */
function figureIn(cell: PlanCell | undefined): number | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell.raw === "number" && Number.isFinite(cell.raw)) return cell.raw;
  return figureOf(cell.value)?.value;
}

/** The columns of a table row that state a project value. */
export interface ProjectColumns {
  value?: PlanCell;
  pointValue?: PlanCell;
  coefficient?: PlanCell;
  fund?: string;
  relevance?: PlanCell;
}

/**
 * The project value of a table row, or null when the row writes none. The fund is the «Fondo»
 * column's, else the one the value's header names in brackets (`headerFund`).
 */
export function projectValueOfRow(columns: ProjectColumns, headerFund: string): ProjectValue | null {
  const point = figureIn(columns.pointValue);
  const coefficient = figureIn(columns.coefficient);
  const anchor = columns.value ?? columns.pointValue;
  const written = (cell: PlanCell | undefined) => cell !== undefined && cellText(cell.raw) !== "";
  if (anchor === undefined || (!written(columns.value) && point === undefined)) return null;
  const fund = columns.fund !== undefined && columns.fund !== "" ? columns.fund : headerFund;
  const value = written(columns.value) && columns.value ? projectValueOf(columns.value, fund) : { fund, cell: anchor };
  if (point !== undefined) {
    value.unitValue = point;
    delete value.problem;
  }
  if (coefficient !== undefined) {
    value.coefficient = coefficient;
    value.coefficientSource = "written";
  }
  const [completed] = withRelevance([value], relevanceCoefficientOf(columns.relevance));
  return completed ?? value;
}

const BRACKETS = /\(([^()]+)\)\s*$/u;

/** The fund a header or label names in brackets («Valore economico del progetto (Fondo Dirigenti)»), or "". */
export function fundInBrackets(text: string): string {
  return BRACKETS.exec(text)?.[1]?.trim() ?? "";
}
