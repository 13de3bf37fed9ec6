/**
 * A plan's objectives stored column by column, as its indicators are (indicatorColumns.ts): each field
 * in an array indexed by the objective's position, each cell as an id in a cell store, and one small
 * view per objective that reads them when asked. The project values (a few objectives have them, one
 * per fund) are a table of their own, column by column too: each objective holds the range of its rows.
 */
import type { CellRef } from "./grid";
import { cellColumn, cellIn, PlanCells, RowPlaces } from "./planCells";
import type { Objective, ObjectiveKind, PlanCell, ProjectValue } from "./planModel";

const OPTIONAL_TEXTS = ["area", "manager", "parentCode"] as const;
type OptionalText = (typeof OPTIONAL_TEXTS)[number];

const CELLS = ["weight", "ownShare"] as const;
type ObjectiveCell = (typeof CELLS)[number];

const FIGURES = ["unitValue", "coefficient", "total"] as const;

/** The project values of all objectives, one row per fund; a figure not written is NaN. */
class ProjectValueColumns {
  readonly fund: string[] = [];
  readonly figures: Record<(typeof FIGURES)[number], number[]> = { unitValue: [], coefficient: [], total: [] };
  readonly coefficientSource: (ProjectValue["coefficientSource"] | undefined)[] = [];
  readonly problem: (ProjectValue["problem"] | undefined)[] = [];
  readonly cellIds: number[] = [];

  add(value: ProjectValue, cells: PlanCells): void {
    this.fund.push(value.fund);
    for (const figure of FIGURES) this.figures[figure].push(value[figure] ?? Number.NaN);
    this.coefficientSource.push(value.coefficientSource);
    this.problem.push(value.problem);
    this.cellIds.push(cells.add(value.cell));
  }

  /** The record of row i, built when asked. */
  row(i: number, cells: PlanCells): ProjectValue {
    const cell = cellIn(cells, this.cellIds[i]);
    const value: ProjectValue = { fund: this.fund[i] ?? "", cell: cell as PlanCell };
    for (const figure of FIGURES) {
      const figureValue = this.figures[figure][i];
      if (figureValue !== undefined && !Number.isNaN(figureValue)) value[figure] = figureValue;
    }
    const source = this.coefficientSource[i];
    if (source !== undefined) value.coefficientSource = source;
    const problem = this.problem[i];
    if (problem !== undefined) value.problem = problem;
    return value;
  }
}

class ObjectiveColumns {
  readonly code: string[];
  readonly kind: ObjectiveKind[];
  readonly title: string[];
  readonly texts: Record<OptionalText, (string | undefined)[]>;
  readonly cellIds: Record<ObjectiveCell, Int32Array>;
  readonly places: RowPlaces;
  readonly projects = new ProjectValueColumns();
  /** Each objective's first row in `projects` and its number of rows (0: no project value). */
  readonly projectStart: Int32Array;
  readonly projectCount: Int32Array;

  constructor(
    readonly cells: PlanCells,
    count: number,
  ) {
    this.code = [];
    this.kind = [];
    this.title = [];
    this.texts = { area: [], manager: [], parentCode: [] };
    this.cellIds = { weight: cellColumn(count), ownShare: cellColumn(count) };
    this.places = new RowPlaces(count);
    this.projectStart = new Int32Array(count);
    this.projectCount = new Int32Array(count);
  }
}

class StoredObjective implements Objective {
  constructor(
    private readonly columns: ObjectiveColumns,
    private readonly index: number,
  ) {}

  get code(): string {
    return this.columns.code[this.index] ?? "";
  }

  get kind(): ObjectiveKind {
    return this.columns.kind[this.index] ?? "operational";
  }

  get title(): string {
    return this.columns.title[this.index] ?? "";
  }

  get area(): string | undefined {
    return this.columns.texts.area[this.index];
  }

  get manager(): string | undefined {
    return this.columns.texts.manager[this.index];
  }

  get parentCode(): string | undefined {
    return this.columns.texts.parentCode[this.index];
  }

  get weight(): PlanCell | undefined {
    return cellIn(this.columns.cells, this.columns.cellIds.weight[this.index]);
  }

  get ownShare(): PlanCell | undefined {
    return cellIn(this.columns.cells, this.columns.cellIds.ownShare[this.index]);
  }

  get projectValues(): readonly ProjectValue[] | undefined {
    const { projects, projectStart, projectCount, cells } = this.columns;
    const count = projectCount[this.index] ?? 0;
    if (count === 0) return undefined;
    const start = projectStart[this.index] ?? 0;
    return Array.from({ length: count }, (_, k) => projects.row(start + k, cells));
  }

  get ref(): CellRef {
    return this.columns.places.ref(this.index);
  }

  /** The objective as the record it stands for, for JSON.stringify: its fields, not the columns it reads them from. */
  toJSON(): Objective {
    return {
      code: this.code, kind: this.kind, title: this.title, area: this.area, manager: this.manager, weight: this.weight, parentCode: this.parentCode,
      ownShare: this.ownShare, projectValues: this.projectValues, ref: this.ref,
    };
  }
}

/**
 * The objectives moved into columns, in the same order, as views; the records given are not kept.
 * Their cells go into `cells`, the plan's store (cells read into it keep their ids).
 */
export function storeObjectives(objectives: readonly Objective[], cells = new PlanCells()): Objective[] {
  const columns = new ObjectiveColumns(cells, objectives.length);
  const stored: Objective[] = [];
  for (let i = 0; i < objectives.length; i++) {
    const objective = objectives[i] as Objective;
    columns.code[i] = objective.code;
    columns.kind[i] = objective.kind;
    columns.title[i] = objective.title;
    for (const field of OPTIONAL_TEXTS) columns.texts[field][i] = objective[field];
    for (const field of CELLS) {
      const cell = objective[field];
      if (cell !== undefined) columns.cellIds[field][i] = columns.cells.add(cell);
    }
    columns.places.set(i, objective.ref);
    const projects = objective.projectValues ?? [];
    columns.projectStart[i] = columns.projects.fund.length;
    columns.projectCount[i] = projects.length;
    for (const project of projects) columns.projects.add(project, columns.cells);
    stored.push(new StoredObjective(columns, i));
  }
  return stored;
}
