/**
 * A plan's objectives stored column by column, as its indicators are (indicatorColumns.ts): each field
 * in an array indexed by the objective's position, each cell as an id in a cell store, and one small
 * view per objective that reads them when asked.
 */
import type { CellRef } from "./grid";
import { cellColumn, cellIn, PlanCells, RowPlaces } from "./planCells";
import type { Objective, ObjectiveKind, PlanCell } from "./planModel";

const OPTIONAL_TEXTS = ["area", "manager", "parentCode"] as const;
type OptionalText = (typeof OPTIONAL_TEXTS)[number];

const CELLS = ["weight", "ownShare"] as const;
type ObjectiveCell = (typeof CELLS)[number];

class ObjectiveColumns {
  readonly code: string[];
  readonly kind: ObjectiveKind[];
  readonly title: string[];
  readonly texts: Record<OptionalText, (string | undefined)[]>;
  readonly cellIds: Record<ObjectiveCell, Int32Array>;
  readonly places: RowPlaces;

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

  get ref(): CellRef {
    return this.columns.places.ref(this.index);
  }
}

/**
 * The objectives moved into columns, in the same order, as views; the records given are not kept.
 * Their cells go into `cells`, the plan's store (cells read into it keep their ids).
 */
export function storeObjectives(objectives: readonly Objective[], cells = new PlanCells()): Objective[] {
  const columns = new ObjectiveColumns(cells, objectives.length);
  objectives.forEach((objective, i) => {
    columns.code[i] = objective.code;
    columns.kind[i] = objective.kind;
    columns.title[i] = objective.title;
    for (const field of OPTIONAL_TEXTS) columns.texts[field][i] = objective[field];
    for (const field of CELLS) {
      const cell = objective[field];
      if (cell !== undefined) columns.cellIds[field][i] = columns.cells.add(cell);
    }
    columns.places.set(i, objective.ref);
  });
  return objectives.map((_, i) => new StoredObjective(columns, i));
}
