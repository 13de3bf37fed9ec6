import fc from "fast-check";
import { parseArguments, parsePeriod } from "../../src/cli/parseArguments";

describe("parseArguments", () => {
  it("takes files and defaults: Italian, text report, period detected", () => {
    expect(parseArguments(["a.xlsx", "b.xlsx"])).toEqual({
      ok: true,
      options: { files: ["a.xlsx", "b.xlsx"], json: false, locale: "it", exitZero: false, help: false, version: false },
    });
  });

  it.each([
    [["--periodo", "31/12", "a.xlsx"], { period: "31/12" }],
    [["--periodo=30/06", "a.xlsx"], { period: "30/6" }],
    [["--period", "31.12", "a.xlsx"], { period: "31/12" }],
    [["a.xlsx", "--json"], { json: true }],
    [["a.xlsx", "--annota", "out.xlsx"], { annotate: "out.xlsx" }],
    [["a.xlsx", "--annotate=out.xlsx"], { annotate: "out.xlsx" }],
    [["a.xlsx", "--regole", "r.json"], { rulesFile: "r.json" }],
    [["a.xlsx", "--lingua", "en"], { locale: "en" }],
    [["a.xlsx", "--esito-zero"], { exitZero: true }],
    [["a.xlsx", "--exit-zero"], { exitZero: true }],
    [["--help"], { help: true, files: [] }],
    [["-v"], { version: true, files: [] }],
    [["--", "--strano.xlsx"], { files: ["--strano.xlsx"] }],
  ])("reads %j", (argv, expected) => {
    const parsed = parseArguments(argv);
    expect(parsed.ok && parsed.options).toMatchObject(expected);
  });

  it.each([
    [["--boh", "a.xlsx"], "unknownOption", "--boh"],
    [["a.xlsx", "--periodo"], "missingValue", "--periodo"],
    [["a.xlsx", "--annota", "--json"], "missingValue", "--annota"],
    [["--periodo", "1/1", "a.xlsx"], "badPeriod", "1/1"],
    [["--lingua", "de", "a.xlsx"], "badLocale", "de"],
    [["--json"], "noFiles", ""],
    [["a.xlsx", "--regole", "a.json", "--regole", "b.json"], "repeatedOption", "--regole"],
    [["a.xlsx", "--json=sì"], "unknownOption", "--json=sì"],
  ])("refuses %j as %s", (argv, code, subject) => {
    expect(parseArguments(argv)).toMatchObject({ ok: false, error: { code, subject } });
  });

  it("answers usage errors in English once --lingua en has been read", () => {
    expect(parseArguments(["--lingua", "en", "--boh"])).toMatchObject({ ok: false, locale: "en" });
  });

  it("never throws, and keeps every argument that is not an option as a file, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (argv) => {
        const parsed = parseArguments(argv);
        if (parsed.ok && argv.every((a) => !a.startsWith("-") || a === "-")) expect(parsed.options.files).toEqual(argv);
      }),
    );
  });
});

describe("parsePeriod", () => {
  it.each([["30/6", "30/6"], ["30/06", "30/6"], [" 31 / 12 ", "31/12"], ["31-12", "31/12"], ["30.6", "30/6"]])("reads %s as %s", (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });

  it("refuses every other day and month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (day, month) => {
        const period = parsePeriod(`${day}/${month}`);
        const reporting = (day === 30 && month === 6) || (day === 31 && month === 12);
        expect(period === undefined).toBe(!reporting);
      }),
    );
  });
});
