/**
 * Files that are not readable plans: each is refused with exit code 2 and a clear Italian message
 * on stderr, no stack trace, nothing on stdout, and no annotated copy written.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import type { ReadFailureCode } from "../../src/xlsx/readFailure";
import { compoundFile, pseudoRandomBytes, storedZip, writeBytes } from "./support/badFiles";
import { EXAMPLE_WORKBOOK, exists, runCli, STACK_LINE, temporaryFolder } from "./support/cliRunner";
import { writeSheets } from "./support/planSheets";

let folder: string;

interface BadFile {
  name: string;
  make(): Promise<string>;
  code: ReadFailureCode | null;
  says: RegExp;
  /** perf-check's exit code when not 2 (3: readable, but no plan in it). */
  exit?: number;
}

const BAD_FILES: BadFile[] = [
  { name: "a missing file", make: async () => path.join(folder, "non-esiste.xlsx"), code: "missing", says: /non esiste/ },
  { name: "a folder", make: async () => fs.mkdtemp(path.join(folder, "cartella-")), code: "notAFile", says: /è una cartella/ },
  { name: "an empty file", make: () => writeBytes(folder, "vuoto.xlsx", Buffer.alloc(0)), code: "empty", says: /è vuoto/ },
  { name: "random bytes", make: () => writeBytes(folder, "casuale.xlsx", pseudoRandomBytes(4096)), code: "unknownFormat", says: /non è una cartella di lavoro Excel/ },
  {
    name: "a truncated .xlsx",
    make: async () => {
      const bytes = await fs.readFile(EXAMPLE_WORKBOOK);
      return writeBytes(folder, "troncato.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    code: "corrupt",
    says: /danneggiato o incompleto/,
  },
  {
    name: "a CSV renamed .xlsx",
    make: () => writeBytes(folder, "piano.xlsx.csv.xlsx", Buffer.from("Codice;Titolo;Peso\n1.1;Diffusione fra le imprese;20%\n", "utf8")),
    code: "text",
    says: /file di testo \(per esempio CSV\)/,
  },
  {
    name: "a password-protected workbook (CFB with EncryptionInfo)",
    make: () => writeBytes(folder, "protetto.xlsx", compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"])),
    code: "encrypted",
    says: /protetto da password/,
  },
  {
    name: "an Excel 97-2003 workbook",
    make: () => writeBytes(folder, "vecchio.xls", compoundFile(["Root Entry", "Workbook"])),
    code: "legacyXls",
    says: /Excel 97-2003/,
  },
  {
    name: "a Word document renamed .xlsx",
    make: () => writeBytes(folder, "documento.xlsx", storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" })),
    code: "notWorkbook",
    says: /archivio ZIP ma non una cartella di lavoro/,
  },
  {
    name: "a workbook with no plan in it",
    make: () => writeSheets(folder, "spese.xlsx", [{ name: "Foglio1", rows: [["Spese di cancelleria", 120], ["Toner", 80]] }]),
    code: null,
    says: /non trovo un piano leggibile/,
    exit: 3,
  },
];

beforeAll(async () => {
  folder = await temporaryFolder();
});

describe("a file that cannot be checked", () => {
  it.each(BAD_FILES.map((bad) => [bad.name, bad.exit ?? 2, bad]))("%s exits %i with a clear message and no stack trace", async (_name, exit, bad) => {
    const file = await bad.make();
    const output = path.join(folder, `annotato-${path.basename(file)}.xlsx`);
    const run = await runCli([file, "--annota", output]);
    expect(run.code).toBe(exit);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(bad.says);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await exists(output)).toBe(false);
  });

  it.each(BAD_FILES.filter((bad) => bad.code !== null).map((bad) => [bad.name, bad]))(
    "%s is a typed failure of readWorkbookFile",
    async (_name, bad) => {
      const read = await readWorkbookFile(await bad.make());
      expect(read).toMatchObject({ ok: false, code: bad.code });
    },
  );

  it("is reported in English with --lingua en", async () => {
    const run = await runCli([path.join(folder, "missing.xlsx"), "--lingua", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
  });

  it("among good files, makes the run exit 2 while the others are still reported, each file with its own JSON object", async () => {
    const missing = path.join(folder, "manca.xlsx");
    const run = await runCli([EXAMPLE_WORKBOOK, missing, "--json"]);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; plan?: unknown; error?: { code: string; message: string } }[];
    expect(reports.map((report) => [report.file, report.error?.code ?? "report"])).toEqual([[EXAMPLE_WORKBOOK, "report"], [missing, "missing"]]);
    expect(reports[0]?.plan).toBeDefined();
    expect(reports[1]?.error?.message).toMatch(/non esiste/);
    expect(run.stderr).toMatch(/\[2\/2\] .*manca\.xlsx/);
    expect(run.stderr).toMatch(/non esiste/);
  });

  it("says with --json why a readable workbook holds no plan, and exits 3", async () => {
    const file = await writeSheets(folder, "spese-json.xlsx", [{ name: "Foglio1", rows: [["Spese di cancelleria", 120], ["Toner", 80]] }]);
    const run = await runCli([file, "--json"]);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { file: string; error: { code: string; message: string } };
    expect(report.file).toBe(file);
    expect(report.error.code).toBe("noPlan");
    expect(report.error.message).toMatch(/non trovo un piano leggibile/);
  });
});
