import fc from "fast-check";
import { parseArguments } from "../../src/cli/parseArguments";
import { parsePeriod } from "../../src/core/plan/reportingDate";

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
    [["--periodo", "31/07/2013", "a.xlsx"], { period: "31/7/2013" }],
    [["--periodo", "2019", "a.xlsx"], { period: "31/12/2019" }],
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
    [["--periodo", "31/2", "a.xlsx"], "badPeriod", "31/2"],
    [["--periodo", "giugno", "a.xlsx"], "badPeriod", "giugno"],
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
  it.each([
    ["30/6", "30/6"], ["30/06", "30/6"], [" 31 / 12 ", "31/12"], ["31-12", "31/12"], ["30.6", "30/6"], ["31/07/2013", "31/7/2013"],
    ["31.3.21", "31/3/2021"], ["30/9", "30/9"], ["2019", "31/12/2019"], ["al 30 giugno 2020", "30/6/2020"], ["31 luglio", "31/7"],
  ])("reads %s as %s", (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });

  it.each([["31/2"], ["0/6"], ["30/13"], ["1.1.1"], ["giugno"], ["30/6 e 31/12"], ["dal 30/6"], [""]])("refuses %p, which is not one date", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it("reads every real day of the year, and nothing else", () => {
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (day, month) => {
        const real = month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] ?? 0);
        expect(parsePeriod(`${day}/${month}`)).toBe(real ? `${day}/${month}` : undefined);
      }),
    );
  });
});
