/**
 * The annotated copy says what it does not carry over: the input and the copy are compared part
 * by part, and every kind of content the copy has less of (macros, custom properties, charts,
 * pivot tables, dynamic-array metadata, sparklines, unknown parts) is listed when the copy is
 * announced. A workbook with nothing of the kind gets no such line.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { droppedContent } from "../../src/cli/copyFidelity";
import { inflateEntry, zipEntries } from "../../src/xlsx/zipEntries";
import { EXAMPLE_WORKBOOK, runCli, temporaryFolder } from "./support/cliRunner";
import { zipOf, type ZipPart } from "./support/xlsxParts";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-fidelity-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** The parts of an .xlsx, decompressed. */
async function partsOf(zip: Buffer): Promise<ZipPart[]> {
  const parts: ZipPart[] = [];
  for (const entry of zipEntries(zip) ?? []) {
    const chunks: Buffer[] = [];
    await inflateEntry(zip, entry, 100 * 1024 * 1024, (chunk) => chunks.push(Buffer.from(chunk)));
    parts.push({ name: entry.name, data: Buffer.concat(chunks), deflate: true });
  }
  return parts;
}

const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">Indicatori!I2:J2</xm:f><xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">S2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;

async function exampleWith(extra: ZipPart[], sparklineSheet?: string): Promise<string> {
  const parts = (await partsOf(await fs.readFile(EXAMPLE_WORKBOOK))).map((part) =>
    part.name === sparklineSheet ? { ...part, data: Buffer.from(part.data.toString("utf8").replace("</worksheet>", `${SPARKLINES}</worksheet>`)) } : part,
  );
  const file = path.join(folder, `piano-${extra.length}.xlsx`);
  await fs.writeFile(file, zipOf([...parts, ...extra]));
  return file;
}

const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(xml), deflate: true });

describe("the annotated copy", () => {
  it("of a workbook holding what ExcelJS does not keep lists each kind, once, in the output", async () => {
    const input = await exampleWith(
      [
        { name: "xl/vbaProject.bin", data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
        text(
          "docProps/custom.xml",
          `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Ufficio"><vt:lpwstr>Controllo di gestione</vt:lpwstr></property></Properties>`,
        ),
        text("xl/charts/chart1.xml", "<c:chartSpace/>"),
        text("xl/charts/chart2.xml", "<c:chartSpace/>"),
        text("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>"),
        text("xl/metadata.xml", "<metadata/>"),
        text("xl/qualcosa/di-nuovo.xml", "<nuovo/>"),
        { name: "xl/printerSettings/printerSettings1.bin", data: Buffer.from([1, 2, 3, 4]) },
        text(
          "xl/drawings/drawing9.xml",
          `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp macro="" textlink=""><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:oneCellAnchor><xdr:spPr/></xdr:wsDr>`,
        ),
      ],
      "xl/worksheets/sheet2.xml",
    );
    const output = path.join(folder, "copia.xlsx");
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "La copia non contiene, perché perf-check non sa riscriverli: le macro VBA; le proprietà personalizzate del documento; 2 grafici; una tabella pivot; i metadati delle formule a matrice dinamica (nella copia sono formule normali); le impostazioni della stampante; i grafici sparkline (in un foglio); 2 forme (caselle di testo, frecce...); altre parti del file (xl/qualcosa/di-nuovo.xml).",
    );
  });

  it("of a workbook ExcelJS keeps whole lists nothing", async () => {
    const output = path.join(folder, "copia-esempio.xlsx");
    const run = await runCli([EXAMPLE_WORKBOOK, "--annota", output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Copia annotata scritta in");
    expect(run.stdout).not.toContain("La copia non contiene");
    expect(await droppedContent(await fs.readFile(EXAMPLE_WORKBOOK), await fs.readFile(output))).toEqual([]);
  });

  it("of a copy compared with itself has nothing dropped", async () => {
    const bytes = await fs.readFile(EXAMPLE_WORKBOOK);
    expect(await droppedContent(bytes, bytes)).toEqual([]);
  });
});
