import fc from "fast-check";
import type { Grid } from "../../../src/core/plan/grid";
import { cellText } from "../../../src/core/plan/gridCells";
import type { ReadField } from "../../../src/core/plan/mapColumns";
import { readSheetLayout, type SheetLayout } from "../../../src/core/plan/sheetLayout";
import { columnOf, rowKind, sheetTable, type RowKind, type SheetTable } from "../../../src/core/plan/sheetTable";
import { isBlank } from "../../../src/core/values/matchPlaceholder";
import { grid } from "./planGrids";

/**
 * The kind of a row decided the plain way, each rule applied to the whole row in turn (sheetTable.ts
 * decides the same with quick tests first):
 * - blank: no written cell;
 * - total: the first written cell's text, or the text of a text column, is a total's label;
 * - note: the only written cell starts like a note, or is prose (six words or more) outside the prose columns;
 * - header: two layout columns or more hold their header's text in any case, the first visible
 *   character lowered alone being the header's first.
 */
const TOTAL = /^(?:sub\s*-?\s*)?(?:totale|totali|total|totals|tot\.)(?!\p{L})/iu;
const NOTE = /^(?:\(\s*\*+\s*\)|\*+|note?(?!\p{L})|nota(?!\p{L})|n\.\s*b\.?|nb(?!\p{L})|fonte|fonti|legenda|source(?!\p{L}))/iu;
const TEXT_FIELDS: readonly ReadField[] = ["objectiveCode", "indicatorNumber", "indicatorName", "objectiveTitle", "manager"];
const PROSE_FIELDS: readonly ReadField[] = ["indicatorName", "objectiveTitle", "reason", "notes"];

function isTotalText(text: string): boolean {
  return /^\s*(?:tot|sub)/i.test(text) && TOTAL.test(text);
}

function repeatsHeaderCell(raw: unknown, header: string): boolean {
  if (typeof raw !== "string" || header === "") return false;
  const visible = raw.replace(/^\s+/, "");
  if (visible === "") return false;
  return visible.charAt(0).toLowerCase() === header.charAt(0) && cellText(raw).toLowerCase() === header;
}

function plainRowKind(table: SheetTable, r: number): RowKind {
  const row: unknown = table.rows[r];
  if (!Array.isArray(row)) return "blank";
  const written = row.flatMap((raw: unknown, col) => (isBlank(raw) ? [] : [col]));
  const first = written[0];
  if (first === undefined) return "blank";
  const firstText = cellText(row[first]);
  const textColumns = TEXT_FIELDS.flatMap((field) => table.columns.get(field)?.slice(0, 1) ?? []);
  if (isTotalText(firstText) || textColumns.some((col) => isTotalText(cellText(row[col])))) return "total";
  if (written.length === 1) {
    const proseColumn = PROSE_FIELDS.some((field) => columnOf(table, field) === first);
    if (NOTE.test(firstText) || (!proseColumn && firstText.split(" ").length >= 6)) return "note";
  }
  const repeated = table.layout.columns.filter((column) => repeatsHeaderCell(row[column.col], cellText(column.header).toLowerCase()));
  return repeated.length >= 2 ? "header" : "data";
}

const HEADERS: readonly (readonly string[])[] = [
  ["Codice obiettivo", "N.", "Indicatore", "Tipo indicatore", "Polarità", "Unità", "Baseline", "Target 31/12", "Peso", "Risultato 31/12", "Note"],
  ["Obiettivo", "Indicatore", "Peso", "Target 2025", "Valore consuntivo 2025", "Note"],
  ["Codice Obiettivo", "Titolo obiettivo", "Responsabile", "Peso", "Motivazione"],
];

const SPACES = ["", " ", "  ", "\u00a0", "\t", "\n", "\u3000", "\u2009", "\ufeff"];
const WORDS = [
  "Totale", "TOTALE obiettivo 1.1", "totali", "Total", "Subtotale", "sub-totale", "Tot.", "Totalizzatore", "Sub", "tot", "Subito", "ſubtotale",
  "Note:", "nota", "Nota bene: indicatore sospeso", "N.B.", "nb", "(*) dato provvisorio", "**", "Fonte: ISTAT", "Legenda", "Source",
  "I dati sono tratti dal sistema di contabilità della Camera", "Riduzione dei tempi medi di risposta alle imprese",
  "1.1", "S1", "Efficacia", "volume", "crescente", "70%", "-", "//", "n.d.", "", "İndicatore", "Àmbito", "ÉTAT", "ß", "\ud801\udc00",
];

const spaced = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...SPACES), text, fc.constantFrom(...SPACES)).map(([before, body, after]) => before + body + after);
const anyCase = (text: string) =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""));
/** A header's text as a repeated header row may write it: any case, spaces around it and inside it. */
const headerLike = (header: string) => spaced(anyCase(header).map((text) => text.replace(/ /g, () => "  ")));

const otherCell: fc.Arbitrary<unknown> = fc.oneof(
  spaced(fc.constantFrom(...WORDS)),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY),
);

function rowFor(headers: readonly string[]): fc.Arbitrary<unknown> {
  const width = headers.length + 3;
  const cell = (col: number) => (headers[col] === undefined ? otherCell : fc.oneof({ arbitrary: headerLike(headers[col] ?? ""), weight: 2 }, { arbitrary: otherCell, weight: 3 }));
  const cells = fc.nat(width).chain((length) => fc.tuple(...Array.from({ length }, (_, col) => cell(col))));
  const sparse = fc.tuple(fc.nat(width), otherCell).map(([col, raw]) => Object.assign(new Array<unknown>(col + 1).fill(""), { [col]: raw }));
  return fc.oneof({ arbitrary: cells, weight: 6 }, { arbitrary: sparse, weight: 3 }, { arbitrary: fc.constantFrom(undefined, null, "riga", []), weight: 1 });
}

function layoutOf(sheet: Grid): SheetLayout {
  const layout = readSheetLayout(sheet);
  if (!layout) throw new Error("foglio non riconosciuto");
  return layout;
}

describe("rowKind", () => {
  it.each(HEADERS.map((headers, i) => [i, headers] as const))("decides as the plain rules on random rows (headers %p)", (_, headers) => {
    fc.assert(
      fc.property(fc.array(rowFor(headers), { minLength: 1, maxLength: 30 }), (rows) => {
        // The layout is the header row's: random rows below may name more columns than it does (a row
        // repeating three headers under one naming «Indicatore»), and choosing the header row is
        // detectHeaderRow's concern, not this property's.
        const layout = layoutOf(grid("Foglio", [[...headers], []]));
        const sheet = grid("Foglio", [[...headers], []]);
        sheet.values.push(...(rows as unknown[][]));
        const table = sheetTable(sheet, layout);
        for (let r = 0; r < rows.length + 3; r++) expect(rowKind(table, r)).toBe(plainRowKind(table, r));
      }),
      { numRuns: 400 },
    );
  });
});
