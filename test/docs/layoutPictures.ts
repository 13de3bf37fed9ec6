/**
 * `npm run layout-pictures`: draws the README's small pictures of the layouts the reader reads, from
 * the workbooks themselves (the real plans in test/fixtures/real and the example workbooks), as a
 * spreadsheet would show their first rows, with Debian's Chromium. Writes assets/layouts/*.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { cellText } from "../../src/core/plan/gridCells";
import type { Grid } from "../../src/core/plan/grid";
import { ROOT } from "../build/builtOutput";

export const LAYOUTS_FOLDER = join(ROOT, "assets", "layouts");
const CHROMIUM = "/usr/bin/chromium";

export interface LayoutPicture {
  file: string;
  /** Where the grid comes from: a real plan's folder, or an example workbook with its sheet. */
  source: { realPlan: string } | { workbook: string; sheet: string };
  rows: number;
  columns: number;
  /** Longest text shown in a cell; longer texts end in «…». */
  clip: number;
}

export const LAYOUT_PICTURES: readonly LayoutPicture[] = [
  { file: "modello.png", source: { workbook: "assets/piano-performance-2020.xlsx", sheet: "Indicatori" }, rows: 6, columns: 13, clip: 22 },
  { file: "schede.png", source: { workbook: "assets/piano-performance-2020-schede.xlsx", sheet: "Area Anagrafica" }, rows: 23, columns: 4, clip: 40 },
  { file: "monitoraggio.png", source: { realPlan: "comune-assago-2013" }, rows: 22, columns: 5, clip: 48 },
  { file: "piano-indicatori.png", source: { realPlan: "agenzia-entrate-convenzione-2017" }, rows: 9, columns: 5, clip: 40 },
  { file: "griglia-pluriennale.png", source: { realPlan: "cciaa-caserta-2012" }, rows: 6, columns: 15, clip: 26 },
  { file: "allegato-relazione.png", source: { realPlan: "ateneo-relazione-2019-processi" }, rows: 6, columns: 7, clip: 32 },
  { file: "centro-di-costo.png", source: { realPlan: "comune-magnago-2018" }, rows: 17, columns: 6, clip: 42 },
  { file: "verifica-obiettivi.png", source: { realPlan: "allegato-2b-obiettivi-operativi-2012" }, rows: 12, columns: 9, clip: 28 },
  { file: "schede-indicatore.png", source: { realPlan: "portale-performance-indicatore-2016" }, rows: 18, columns: 2, clip: 60 },
];

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function column(n: number): string {
  let name = "";
  for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** The grid's first rows as an HTML table with the spreadsheet's row numbers and column letters. */
export function gridHtml(grid: Grid, picture: LayoutPicture): string {
  const head = `<tr><th></th>${Array.from({ length: picture.columns }, (_, c) => `<th>${column(c)}</th>`).join("")}</tr>`;
  const body = grid.values.slice(0, picture.rows).map((row, r) => {
    const cells = Array.from({ length: picture.columns }, (_, c) => {
      const raw = row[c];
      const text = cellText(raw);
      const shown = text.length > picture.clip ? `${text.slice(0, picture.clip - 1)}…` : text;
      return `<td class="${typeof raw === "number" ? "n" : ""}">${escape(shown)}</td>`;
    });
    return `<tr><th>${r + 1}</th>${cells.join("")}</tr>`;
  });
  return `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;font:12px "DejaVu Sans",Arial,sans-serif;background:#fff}
    table{border-collapse:collapse}
    th{background:#f3f3f3;color:#555;font-weight:normal;border:1px solid #d0d0d0;padding:2px 5px}
    td{border:1px solid #e1e1e1;padding:2px 5px;white-space:nowrap;max-width:340px;overflow:hidden}
    td.n{text-align:right}
  </style><table>${head}${body.join("")}</table>`;
}

async function gridOf(picture: LayoutPicture): Promise<Grid> {
  if ("realPlan" in picture.source) {
    const workbook = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "real", picture.source.realPlan, "workbook.json"), "utf8")) as { sheets: Grid[] };
    const first = workbook.sheets[0];
    if (!first) throw new Error(`${picture.source.realPlan}: no sheet`);
    return first;
  }
  const { sheet } = picture.source;
  const read = await readWorkbookFile(join(ROOT, picture.source.workbook));
  if (!read.ok) throw new Error(read.message);
  const grid = read.workbook.sheets.find((candidate) => candidate.sheet === sheet);
  if (!grid) throw new Error(`${picture.source.workbook}: no sheet ${sheet}`);
  return grid;
}

async function main(): Promise<void> {
  mkdirSync(LAYOUTS_FOLDER, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    for (const picture of LAYOUT_PICTURES) {
      await page.setContent(gridHtml(await gridOf(picture), picture));
      await page.locator("table").screenshot({ path: join(LAYOUTS_FOLDER, picture.file) });
      process.stdout.write(`scritto assets/layouts/${picture.file}\n`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Impossibile disegnare le immagini: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
