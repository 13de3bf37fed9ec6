import type { BundleSizes } from "./bundleBench";
import type { CoreTiming } from "./coreBench";
import type { ExcelTiming, PaneSteps } from "./excelBench";
import type { FunctionsTiming } from "./functionsBench";
import { checkGoals, growthRatios, longestStep, lowerBoundRatio } from "./goals";
import type { PaneTiming } from "./paneBench";

function core(indicators: number, validationMs: number, lowerBoundMs = validationMs, planBytes: number | null = 3 * 1024 * 1024): CoreTiming {
  return { indicators, cells: indicators * 19, anomalies: 0, runs: 3, readMs: validationMs / 2, validateMs: validationMs / 2, scoreMs: 1, validationMs, totalMs: validationMs + 1, lowerBoundMs, planBytes };
}

function excel(indicators: number, platform: "web" | "desktop", readSyncs: number): ExcelTiming {
  const trips = (syncs: number) => ({ syncs, bytes: 1000 });
  return { indicators, platform, read: trips(readSyncs), highlight: trips(3), clear: trips(3), anomalies: 10 };
}

const bundles: BundleSizes = { functionsGzip: 15_000, functionsRaw: 42_000, taskpaneGzip: 190_000, taskpaneRaw: 650_000, lazyChunksGzip: 28_000, lazyChunks: 3 };
const steps: PaneSteps = { indicators: 10_000, readPlanMs: 40, rulesMs: 40, scoreMs: 20, planHighlightsMs: 2, groupAnomaliesMs: 2 };
const rates = (cellsPerSecond: number) => ["SCOSTAMENTO", "RAGGIUNGIMENTO"].map((id) => ({ id, cells: 100_000, ms: 100_000_000 / cellsPerSecond, cellsPerSecond }));
const functions: FunctionsTiming = { scalar: [], range: rates(300_000), numbers: rates(1_200_000), large: [] };
const syncs = [excel(1_000, "web", 3), excel(1_000, "desktop", 3), excel(10_000, "web", 7), excel(10_000, "desktop", 3)];
const paneAt = (indicators: number, toResultsMs: number, toggleMs: number): PaneTiming => ({ indicators, runs: 3, anomalies: 1_464, toResultsMs, toggleMs, clearMs: 40, renderedCards: 5 });
const pane = [paneAt(1_000, 300, 20), paneAt(10_000, 900, 40)];
const verdicts = (
  timings: CoreTiming[],
  options: { steps?: PaneSteps; excel?: ExcelTiming[]; bundles?: BundleSizes; functions?: FunctionsTiming; pane?: PaneTiming[] } = {},
) => checkGoals(timings, options.excel ?? syncs, options.bundles ?? bundles, options.steps ?? steps, options.functions ?? functions, options.pane ?? pane).map((goal) => goal.met);

describe("the benchmark's goals", () => {
  it("are all met by a fast, linear plan with constant syncs and a small functions.js", () => {
    expect(verdicts([core(1_000, 9), core(10_000, 90)])).toEqual([true, true, true, true, true, true, true, true, true, true, true]);
  });

  it("miss the functions' goals when the slowest range formula reads fewer than a million plain numbers or 200.000 texts a second", () => {
    expect(verdicts([core(10_000, 90)], { functions: { ...functions, numbers: [...rates(1_200_000), { id: "NUMERO", cells: 100_000, ms: 200, cellsPerSecond: 500_000 }] } })[7]).toBe(false);
    expect(verdicts([core(10_000, 90)], { functions: { ...functions, range: rates(199_999) } }).slice(7, 9)).toEqual([true, false]);
  });

  it("miss the 100 ms goal at 10.000 indicators, and linearity when time per indicator grows by 1,5× or more", () => {
    const ratios = growthRatios([core(1_000, 9), core(10_000, 150)]);
    expect(ratios[0]?.ratio).toBeCloseTo(150 / 90, 9);
    expect(verdicts([core(1_000, 9), core(10_000, 150)]).slice(0, 2)).toEqual([false, false]);
  });

  it("miss constant syncs when desktop needs more syncs for a larger plan, not when the web chunks its 5 MB requests", () => {
    expect(verdicts([core(1_000, 9), core(10_000, 90)])[2]).toBe(true);
    expect(verdicts([core(1_000, 9), core(10_000, 90)], { excel: [...syncs.slice(0, 3), excel(10_000, "desktop", 4)] })[2]).toBe(false);
  });

  it("miss the bundle goal at 50 KB, and the freeze goal when one step takes a second", () => {
    expect(verdicts([core(1_000, 9), core(10_000, 90)], { bundles: { ...bundles, functionsGzip: 50 * 1024 } })[3]).toBe(false);
    const slow = { ...steps, scoreMs: 1_000 };
    expect(longestStep(slow)).toEqual({ name: "punteggi", ms: 1_000 });
    expect(verdicts([core(1_000, 9), core(10_000, 90)], { steps: slow })[4]).toBe(false);
  });

  it.each([
    ["met at exactly 2× the lower bound", 90, 45.5, true],
    ["met when the core is as fast as the bound", 90, 91, true],
    ["missed beyond 2×", 90, 45, false],
  ])("at 10.000 indicators, read + rules + scores near the lower bound is %s", (_case, validationMs, lowerBoundMs, met) => {
    const timings = [core(1_000, 9), core(10_000, validationMs, lowerBoundMs)];
    expect(lowerBoundRatio(timings[1] as CoreTiming)).toBeCloseTo((validationMs + 1) / lowerBoundMs, 9);
    expect(verdicts(timings)[5]).toBe(met);
  });

  it.each([
    ["met under 8 MB", 8 * 1024 * 1024 - 1, true],
    ["missed at 8 MB", 8 * 1024 * 1024, false],
    ["missed when it could not be measured (no --expose-gc)", null, false],
  ])("the Plan's memory at 10.000 indicators is %s", (_case, planBytes, met) => {
    expect(verdicts([core(1_000, 9), core(10_000, 90, 90, planBytes)])[6]).toBe(met);
  });

  it.each([
    ["met under 1 s to the results and 100 ms a toggle", [paneAt(10_000, 999, 99)], [true, true]],
    ["missed at 1 s to the results", [paneAt(10_000, 1_000, 20)], [false, true]],
    ["missed at 100 ms a toggle", [paneAt(10_000, 500, 100)], [true, false]],
    ["missed when 10.000 indicators were not measured", [paneAt(1_000, 100, 10)], [false, false]],
  ])("the pane's goals at 10.000 indicators are %s", (_case, timings, met) => {
    expect(verdicts([core(1_000, 9), core(10_000, 90)], { pane: timings }).slice(9)).toEqual(met);
  });
});
