/**
 * Reading is bounded: the grid follows the cells that exist, and a workbook beyond the limits
 * (file size, decompressed size, cells, shared strings, grid area) is refused with an Italian
 * message naming the limit, before a parser spends memory on it. One such file in a batch does
 * not lose the other files' reports.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { READ_LIMITS, type LimitName, type ReadLimits } from "../../src/xlsx/readLimits";
import { tokenCounter } from "../../src/xlsx/zipEntries";
import { writeBytes } from "./support/badFiles";
import { EXAMPLE_WORKBOOK, runCli, STACK_LINE, temporaryFolder } from "./support/cliRunner";
import { numberCell, row, workbookParts, zipOf } from "./support/xlsxParts";

let folder: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-bounded-");
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

/** Two cells at the opposite corners of the sheet: 17 billion cells if the grid were dense. */
async function cornersWorkbook(): Promise<string> {
  const sheetData = row(1, numberCell("A1", 1)) + row(1048576, numberCell("XFD1048576", 2));
  return writeBytes(folder, "angoli.xlsx", zipOf(workbookParts([{ name: "Foglio1", sheetData }])));
}

describe("a sheet's grid", () => {
  it("holds only the rows and cells that exist when a workbook uses A1 and XFD1048576", async () => {
    const read = await readWorkbookFile(await cornersWorkbook());
    if (!read.ok) throw new Error(read.message);
    const grid = read.workbook.sheets[0];
    expect(grid?.origin).toBe("A1");
    expect(grid?.values).toHaveLength(1048576);
    expect(grid?.values[0]).toEqual([1]);
    expect(grid?.values[1]).toEqual([]);
    expect(grid?.values[1048575]).toHaveLength(16384);
    expect(grid?.values[1048575]?.[16383]).toBe(2);
    expect(grid?.formulas?.[1048575]?.[16383]).toBe(2);
  });

  it("lets perf-check answer about that workbook with exit 3 (readable, no plan) and a message, no crash", async () => {
    const run = await runCli([await cornersWorkbook()]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/non trovo un piano leggibile/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

interface LimitCase {
  limit: LimitName;
  /** The limits used, small so that the test files stay small. */
  limits: Partial<ReadLimits>;
  make(): Buffer;
  says: RegExp;
}

const rows = (count: number, cellsPerRow: number) =>
  Array.from({ length: count }, (_r, r) => row(r + 1, Array.from({ length: cellsPerRow }, (_c, c) => numberCell(`${String.fromCharCode(65 + c)}${r + 1}`, r)).join(""))).join("");

const LIMIT_CASES: LimitCase[] = [
  {
    limit: "fileBytes",
    limits: { fileBytes: 1000 },
    make: () => zipOf(workbookParts([{ name: "Foglio1", sheetData: rows(100, 5) }])),
    says: /è troppo grande per perf-check: .* MB, oltre il limite di 0,0 MB per file/,
  },
  {
    limit: "uncompressedBytes",
    limits: { uncompressedBytes: 1024 * 1024 },
    // A part of 8 MB that deflates to a few KB.
    make: () =>
      zipOf([
        ...workbookParts([{ name: "Foglio1", sheetData: rows(1, 1) }]),
        { name: "xl/media/image1.png", data: Buffer.alloc(8 * 1024 * 1024, 0x20), deflate: true },
      ]),
    says: /decompresso supera 1,0 MB, il limite di perf-check/,
  },
  {
    limit: "cells",
    limits: { cells: 400 },
    make: () => zipOf(workbookParts([{ name: "Uno", sheetData: rows(50, 5) }, { name: "Due", sheetData: rows(50, 5) }]).map((part) => ({ ...part, deflate: true }))),
    says: /contiene più di 400 celle \(almeno 500\), il limite di perf-check/,
  },
  {
    limit: "sharedStrings",
    limits: { sharedStrings: 1000 },
    make: () => zipOf(workbookParts([{ name: "Foglio1", sheetData: rows(1, 1) }], Array.from({ length: 1500 }, (_s, i) => `testo ${i}`))),
    says: /contiene più di 1\.000 testi diversi \(almeno 1\.500\)/,
  },
  {
    limit: "gridCells",
    limits: { gridCells: 1000 },
    // 500 rows, plus the cells of row 2 after A (25) and of row 500 after A (701).
    make: () => zipOf(workbookParts([{ name: "Lontano", sheetData: row(1, numberCell("A1", 1)) + row(2, numberCell("Z2", 1)) + row(500, numberCell("ZZ500", 1)) }])),
    says: /Il foglio «Lontano» del file ".*" occupa un'area di 1\.226 celle, oltre il limite di perf-check di 1\.000 per foglio/,
  },
];

describe("a workbook beyond a reading limit", () => {
  it.each(LIMIT_CASES.map((limitCase) => [limitCase.limit, limitCase]))("(%s) is refused with a message naming the limit", async (_name, limitCase) => {
    const file = await writeBytes(folder, `limite-${limitCase.limit}.xlsx`, limitCase.make());
    const read = await readWorkbookFile(file, "it", { ...READ_LIMITS, ...limitCase.limits });
    expect(read).toMatchObject({ ok: false, code: "tooLarge", exceeded: { limit: limitCase.limit } });
    if (read.ok) return;
    expect(read.message).toMatch(limitCase.says);
    expect(read.message).toContain(file);
  });

  it.each(LIMIT_CASES.map((limitCase) => [limitCase.limit, limitCase]))("(%s) is read when the limit is not passed", async (_name, limitCase) => {
    const file = await writeBytes(folder, `entro-${limitCase.limit}.xlsx`, limitCase.make());
    const read = await readWorkbookFile(file, "it", READ_LIMITS);
    expect(read.ok).toBe(true);
  });

  it("is measured on the true size of the parts: a ZIP bomb declaring 100 bytes that inflates to 8 MB is refused", async () => {
    const bomb = zipOf([
      ...workbookParts([{ name: "Foglio1", sheetData: rows(1, 1) }]),
      { name: "xl/media/image1.png", data: Buffer.alloc(8 * 1024 * 1024, 0x20), deflate: true, declaredSize: 100 },
    ]);
    const file = await writeBytes(folder, "bomba.xlsx", bomb);
    const read = await readWorkbookFile(file, "it", { ...READ_LIMITS, uncompressedBytes: 1024 * 1024 });
    expect(read).toMatchObject({ ok: false, code: "tooLarge", exceeded: { limit: "uncompressedBytes" } });
  });

  it("is named in English with --lingua en", async () => {
    const [sharedStrings] = LIMIT_CASES.filter((limitCase) => limitCase.limit === "sharedStrings");
    const file = await writeBytes(folder, "testi.xlsx", sharedStrings?.make() ?? Buffer.alloc(0));
    const read = await readWorkbookFile(file, "en", { ...READ_LIMITS, sharedStrings: 1000 });
    expect(read.ok ? "" : read.message).toMatch(/holds more than 1,000 distinct texts \(at least 1,500\)/);
  });

  it("of file size is refused before it is read: a sparse file of 1,9 GB answers at once", async () => {
    const file = path.join(folder, "sparso.xlsx");
    await fs.writeFile(file, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await fs.truncate(file, Math.round(1.9 * 1024 * 1024 * 1024));
    const run = await runCli([file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/è troppo grande per perf-check: 1\.945,6 MB, oltre il limite di 100,0 MB per file/);
    await fs.rm(file);
  });
});

describe("a batch with --json", () => {
  it("gives every file its object in order, the unreadable ones with their error", async () => {
    const sparse = path.join(folder, "grande.xlsx");
    await fs.writeFile(sparse, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await fs.truncate(sparse, READ_LIMITS.fileBytes + 1);
    const missing = path.join(folder, "manca.xlsx");
    const run = await runCli([sparse, EXAMPLE_WORKBOOK, missing, "--json"]);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; plan?: unknown; error?: { code: string; message: string } }[];
    expect(reports.map((report) => report.file)).toEqual([sparse, EXAMPLE_WORKBOOK, missing]);
    expect(reports[0]?.error).toMatchObject({ code: "tooLarge", message: expect.stringMatching(/troppo grande/) as unknown });
    expect(reports[1]?.plan).toMatchObject({ objectives: 17 });
    expect(reports[2]?.error).toMatchObject({ code: "missing", message: expect.stringMatching(/non esiste/) as unknown });
  });

  it("gives a single unreadable file its error object", async () => {
    const missing = path.join(folder, "solo.xlsx");
    const run = await runCli([missing, "--json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ file: missing, error: { code: "missing", message: expect.stringMatching(/non esiste/) as unknown } });
  });
});

describe("what the path names", () => {
  it.each([
    ["a FIFO", async (): Promise<string> => {
      const fifo = path.join(folder, "coda.xlsx");
      execFileSync("mkfifo", [fifo]);
      return fifo;
    }, "notRegular", /non è un file normale \(è un dispositivo, una pipe o un socket\)/],
    ["/dev/zero", async (): Promise<string> => "/dev/zero", "notRegular", /non è un file normale/],
    ["a symbolic link loop", async (): Promise<string> => {
      const link = path.join(folder, "anello.xlsx");
      await fs.symlink(link, link);
      return link;
    }, "symlinkLoop", /collegamento simbolico che rimanda a se stesso/],
  ] as const)("is refused when it is %s, saying what it is", async (_name, make, code, says) => {
    const file = await make();
    const read = await readWorkbookFile(file);
    expect(read).toMatchObject({ ok: false, code });
    expect(read.ok ? "" : read.message).toMatch(says);
    expect(read.ok ? "" : read.message).not.toMatch(/cartella|danneggiato/);
  });

  it("is an .xlsx even when a cell's text reads «xl/workbook.bin» (the part names say what it is)", async () => {
    const sheetData = row(1, `<c r="A1" t="inlineStr"><is><t>xl/workbook.bin</t></is></c>`);
    const file = await writeBytes(folder, "testo-xlsb.xlsx", zipOf(workbookParts([{ name: "Foglio1", sheetData }])));
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.message);
    expect(read.workbook.sheets[0]?.values[0]).toEqual(["xl/workbook.bin"]);
  });

  it("is a binary workbook when its parts are xl/workbook.bin", async () => {
    const file = await writeBytes(folder, "vero.xlsb", zipOf([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "xl/workbook.bin", data: Buffer.from([1, 2, 3]) }]));
    expect(await readWorkbookFile(file)).toMatchObject({ ok: false, code: "xlsb" });
  });
});

describe("the token counter of the inspection", () => {
  it("counts the same tokens whatever the chunks the text is cut into", () => {
    const token = fc.constantFrom('<c r="A1">', "<c>", "<x:c ", "<col ", "<cfRule ", "<si>", "<x:si ", "text ", "<", "c");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }), (tokens, cuts) => {
        const text = tokens.join("");
        const whole = tokenCounter(/<(?:[A-Za-z_][\w.-]{0,20}:)?c[\s/>]/g, 32);
        whole.add(Buffer.from(text, "latin1"));
        const pieces = tokenCounter(/<(?:[A-Za-z_][\w.-]{0,20}:)?c[\s/>]/g, 32);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const point of [...points, text.length]) {
          pieces.add(Buffer.from(text.slice(from, point), "latin1"));
          from = point;
        }
        const expected = (text.match(/<(?:[A-Za-z_][\w.-]{0,20}:)?c[\s/>]/g) ?? []).length;
        expect(whole.finish()).toBe(expected);
        expect(pieces.finish()).toBe(expected);
      }),
    );
  });
});

describe("a batch where checking one file fails unexpectedly", () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it("still reports the other files, and gives the failed one its error object", async () => {
    const rules = await import("../../src/core/rules/validatePlan");
    jest.spyOn(rules, "validatePlan").mockImplementationOnce(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const run = await runCli([EXAMPLE_WORKBOOK, EXAMPLE_WORKBOOK, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const reports = JSON.parse(run.stdout) as { plan?: unknown; error?: { code: string; message: string } }[];
    expect(reports[0]?.error).toEqual({
      code: "unexpected",
      message: `Errore imprevisto di perf-check sul file "${EXAMPLE_WORKBOOK}": Maximum call stack size exceeded. Il file non è stato controllato (gli altri sì); segnalare il problema con questo file.`,
    });
    expect(reports[1]?.plan).toMatchObject({ objectives: 17 });
  });
});
