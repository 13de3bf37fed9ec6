/**
 * The benchmark's results as Markdown (Italian, like the README): the machine, the goals met or
 * missed with their figures, then one table per measurement.
 */
import type { CardsTiming } from "./cardsBench";
import { formatItalianNumber } from "../../src/core/wording/formatNumbers";
import type { BundleSizes } from "./bundleBench";
import type { CliTiming } from "./cliBench";
import type { CoreTiming } from "./coreBench";
import type { ExcelTiming, PaneSteps } from "./excelBench";
import type { FunctionsTiming } from "./functionsBench";
import type { PaneTiming } from "./paneBench";
import { growthRatios, lowerBoundRatio, type Goal } from "./goals";
import type { Machine } from "./machine";
import { count, kb, mb, ms, usPer } from "./measure";

export interface BenchResults {
  machine: Machine;
  goals: Goal[];
  core: CoreTiming[];
  functions: FunctionsTiming;
  excel: ExcelTiming[];
  steps: PaneSteps;
  pane: PaneTiming[];
  cli: CliTiming;
  bundles: BundleSizes;
  cards: CardsTiming[];
}

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

const perSecond = (value: number) => `${formatItalianNumber(Math.round(value), 0)}/s`;

function machineLine(m: Machine): string {
  return `Macchina: ${m.cpu}, ${m.cores} core, ${formatItalianNumber(m.memoryBytes / 1024 ** 3, 1)} GB di memoria, Node ${m.node}, ${m.os}; misurato il ${m.date} con carico medio ${formatItalianNumber(m.load, 2)}. Tempi: mediane di più esecuzioni, dopo altre di riscaldamento.`;
}

function coreTable(core: CoreTiming[]): string {
  const ratios = new Map(growthRatios(core).map((entry) => [entry.to, entry.ratio]));
  return table(
    [
      "Indicatori", "Celle", "Esecuzioni", "Lettura", "Regole", "Punteggi", "Validazione (lettura + regole)", "Totale", "Per indicatore", "Crescita per indicatore",
      "Limite inferiore", "Core / limite", "Memoria del Plan", "Anomalie",
    ],
    core.map((t) => [
      count(t.indicators), count(t.cells), String(t.runs), ms(t.readMs), ms(t.validateMs), ms(t.scoreMs), ms(t.validationMs), ms(t.totalMs),
      usPer(t.totalMs, t.indicators), ratios.has(t.indicators) ? `×${formatItalianNumber(ratios.get(t.indicators) ?? 0, 2)}` : "—",
      ms(t.lowerBoundMs), `×${formatItalianNumber(lowerBoundRatio(t), 1)}`, t.planBytes === null ? "—" : mb(t.planBytes), count(t.anomalies),
    ]),
  );
}

function functionsTable(f: FunctionsTiming): string {
  return table(
    ["Funzione", "Chiamate scalari", "Una formula su un intervallo (testi e numeri)", "Celle al secondo", "Solo numeri: celle al secondo"],
    f.scalar.map((s) => {
      const range = f.range.find((r) => r.id === s.id);
      const numbers = f.numbers.find((r) => r.id === s.id);
      return [
        `PERF.${s.id}`, perSecond(s.callsPerSecond), range ? `${count(range.cells)} celle in ${ms(range.ms)}` : "—", range ? perSecond(range.cellsPerSecond) : "—",
        numbers ? perSecond(numbers.cellsPerSecond) : "—",
      ];
    }),
  );
}

function largeRangesTable(f: FunctionsTiming): string {
  return table(["Funzione", "Intervalli", "Una chiamata"], f.large.map((l) => [`PERF.${l.id}`, l.ranges, ms(l.ms)]));
}

function excelTable(excel: ExcelTiming[]): string {
  return table(
    ["Indicatori", "Excel", "Lettura: sync", "Lettura: dati", "Evidenziazione: sync", "Evidenziazione: dati", "Rimozione: sync", "Rimozione: dati", "Anomalie evidenziate"],
    excel.map((t) => [
      count(t.indicators), t.platform === "web" ? "web (limite 5 MB)" : "desktop", String(t.read.syncs), mb(t.read.bytes),
      String(t.highlight.syncs), kb(t.highlight.bytes), String(t.clear.syncs), kb(t.clear.bytes), count(t.anomalies),
    ]),
  );
}

function stepsTable(s: PaneSteps): string {
  return table(
    ["Passo del riquadro (senza pause)", "Tempo"],
    [
      ["lettura del piano (readPlan)", ms(s.readPlanMs)],
      ["regole (validatePlan)", ms(s.rulesMs)],
      ["punteggi", ms(s.scoreMs)],
      ["piano delle evidenziazioni", ms(s.planHighlightsMs)],
      ["raggruppamento delle anomalie per la lista", ms(s.groupAnomaliesMs)],
    ],
  );
}

function cliTable(c: CliTiming): string {
  return table(
    ["File", "Comando", "Tempo (reale)", "Memoria di picco"],
    [
      [`${count(c.indicators)} indicatori, ${mb(c.fileBytes)}`, "`perf-check piano.xlsx`", ms(c.wallMs), mb(c.peakRssBytes)],
      [`${count(c.indicators)} indicatori, ${mb(c.fileBytes)}`, "`perf-check piano.xlsx --annota copia.xlsx`", ms(c.annotatedWallMs), mb(c.annotatedPeakRssBytes)],
    ],
  );
}

function cardsTable(cards: CardsTiming[]): string {
  return table(
    ["Schede", "Indicatori", "Celle", "Lettura (mediana)", "Per scheda"],
    cards.map((c) => [count(c.cards), count(c.indicators), count(c.cells), ms(c.readMs), `${formatItalianNumber(c.readMs / c.cards, 2)} ms`]),
  );
}

function bundleTable(b: BundleSizes): string {
  return table(
    ["File", "Dimensione", "Compresso (gzip)"],
    [
      ["functions.js", kb(b.functionsRaw), kb(b.functionsGzip)],
      ["taskpane.js (all'apertura)", kb(b.taskpaneRaw), kb(b.taskpaneGzip)],
      [`${b.lazyChunks} parti caricate su richiesta`, "—", kb(b.lazyChunksGzip)],
    ],
  );
}

function paneTable(pane: readonly PaneTiming[]): string {
  return table(
    ["Indicatori", "Anomalie", "Esecuzioni", "Clic → primi risultati", "Un filtro per gravità", "Rimuovi evidenziazioni", "Schede nel DOM"],
    pane.map((p) => [count(p.indicators), count(p.anomalies), String(p.runs), ms(p.toResultsMs), ms(p.toggleMs), ms(p.clearMs), String(p.renderedCards)]),
  );
}

export function resultsMarkdown(r: BenchResults): string {
  const goals = table(["Obiettivo", "Esito", "Misura"], r.goals.map((g) => [g.goal, g.met ? "raggiunto" : "**mancato**", g.measured]));
  return [
    machineLine(r.machine),
    "",
    "**Obiettivi**",
    "",
    goals,
    "",
    "**Core** (readPlan + validatePlan + scorePlan su piani sintetici nel modello canonico, 10 indicatori per obiettivo, 2% di difetti). Limite inferiore: una lettura e un controllo scritti a mano per il solo modello canonico (test/bench/lowerBound), sulle stesse griglie e nelle stesse esecuzioni, con le stesse anomalie (regola, gravità, cella, messaggio italiano), lo stesso ordine e gli stessi punteggi. Memoria del Plan: heap dopo la garbage collection con il Plan vivo, meno senza.",
    "",
    coreTable(r.core),
    "",
    "**Funzioni personalizzate** (functions.js compilato, chiamato come lo chiama Excel)",
    "",
    functionsTable(r.functions),
    "",
    "**Funzioni personalizzate su intervalli grandi** (una chiamata, come la fa Excel)",
    "",
    largeRangesTable(r.functions),
    "",
    `**Excel**: \`context.sync()\` e dati scambiati per una validazione (OfficeWorkbook su un Excel simulato che conta le sync; dati stimati come JSON dei valori inviati e ricevuti più 100 byte per comando)`,
    "",
    excelTable(r.excel),
    "",
    `**Passi sincroni del riquadro** con ${count(r.steps.indicators)} indicatori (il riquadro cede il controllo tra un passo e l'altro)`,
    "",
    stepsTable(r.steps),
    "",
    "**Riquadro** (pane) in Chromium, 320 × 700 px, sull'anteprima (`?view=pane`: il riquadro da solo, su una cartella in memoria letta da un piano sintetico .xlsx): dal clic al fotogramma dipinto con l'esito, misurato nella pagina con requestAnimationFrame (un rendering che blocca il riquadro conta per intero); elenco virtualizzato",
    "",
    paneTable(r.pane),
    "",
    "**Schede obiettivo** (readPlan su cartelle di schede impilate come nell'esempio assets/piano-performance-2020-schede.xlsx, copie delle schede operative del seed)",
    "",
    cardsTable(r.cards),
    "",
    `**Riga di comando** (bundle dist/cli/perf-check.js con node; memoria da ${r.cli.method})`,
    "",
    cliTable(r.cli),
    "",
    "**Pacchetti del componente aggiuntivo** (build di produzione)",
    "",
    bundleTable(r.bundles),
  ].join("\n");
}
