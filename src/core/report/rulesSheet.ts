/**
 * The «Regole di valutazione» sheet: the plan's own scoring profile, readable and editable by hand.
 * One row per key, an Italian label in column A, the value as a clerk writes it in column B («60%»,
 * «proporzionale», «0% → 0%; 60% → proporzionale; 95% → 100%»), what is accepted in column C. A blank
 * value keeps the default.
 *
 * The pane writes it on request (`rulesSheetContent`, from the settings in force); the pane and
 * perf-check read it (`settingsFromRulesSheet`) as input: the sheet, when present, is the plan's
 * profile, and `--regole` or the pane's own settings override it. It is one of our sheets for
 * ownership (reportSheets.ts) but a validation never rewrites it.
 */
import type { Grid, WorkbookGrids } from "../plan/grid";
import { normalizeHeader } from "../plan/normalizeHeader";
import type { ValidationSettings } from "../settings";
import { resolveSettings, type SettingsError } from "../readSettings";
import { METHOD_WORDS, AGGREGATION_WORDS, CONVENTION_WORDS, bandsText } from "../calc/scoringProfile";
import { SCORING_PRESETS } from "../calc/scoringPresets";
import { RULES_SHEET, RULES_SHEET_TITLE } from "../reportSheets";
import { formatShare } from "../wording/formatNumbers";
import type { SheetContent } from "./sheetContent";

/** One row of the sheet: its label, the settings key it stands for, and what it accepts. */
interface RulesRow {
  label: string;
  /** The key in a rules file; "stati.raggiunto" sets a key inside «stati». */
  key: string;
  accepted: string;
  value: (settings: ValidationSettings) => string;
}

const methodOf = (settings: ValidationSettings, polarity: "increasing" | "decreasing"): string =>
  METHOD_WORDS[settings.achievement.methods?.[polarity] ?? (settings.useBaseline === true ? "baseline" : "linear")];

const ROWS: readonly RulesRow[] = [
  { label: "Preset", key: "preset", accepted: `vuoto, oppure ${Object.keys(SCORING_PRESETS).join(", ")}`, value: (s) => /preset «([^»]*)»/.exec(s.profile.source ?? "")?.[1] ?? "" },
  { label: "Metodo di calcolo", key: "metodo", accepted: "lineare, rapporto, baseline", value: (s) => methodOf(s, "increasing") },
  { label: "Metodo per gli indicatori decrescenti", key: "metodoDecrescente", accepted: "lineare, rapporto, baseline", value: (s) => methodOf(s, "decreasing") },
  { label: "Massimo (tetto)", key: "massimo", accepted: "una percentuale, es. 100% o 120%", value: (s) => formatShare(s.achievement.cap ?? 1) },
  { label: "Minimo (sotto conta 0)", key: "minimo", accepted: "una percentuale, es. 0% o 30%", value: (s) => formatShare(s.achievement.threshold ?? 0) },
  { label: "Fasce di punteggio", key: "fasce", accepted: "vuoto (punteggio = raggiungimento) o «60% → proporzionale; 95% → 100%»", value: (s) => (s.profile.bands === null ? "" : bandsText(s.profile.bands)) },
  { label: "Raggiunto da", key: "stati.raggiunto", accepted: "una percentuale, es. 100%", value: (s) => formatShare(s.profile.achieved) },
  { label: "Parzialmente raggiunto da", key: "stati.parziale", accepted: "una percentuale, es. 50% (sotto: non raggiunto, scostamento critico)", value: (s) => formatShare(s.criticalAchievement) },
  { label: "Aggregazione dell'obiettivo", key: "aggregazione", accepted: "media-pesata, tutti-raggiunti", value: (s) => AGGREGATION_WORDS[s.profile.aggregation] },
  { label: "Quota degli indicatori propri (obiettivo strategico)", key: "quotaIndicatoriPropri", accepted: "vuoto (come scritta nel piano, o somma dei pesi, o 50%) o una percentuale", value: (s) => (s.profile.strategicOwnShare === null ? "" : formatShare(s.profile.strategicOwnShare)) },
  { label: "Convenzione dello scostamento", key: "convenzioneScostamento", accepted: "positivo-meglio, realizzato-meno-atteso", value: (s) => CONVENTION_WORDS[s.profile.deviationConvention] },
];

const HEADER = ["Regola", "Valore", "Valori ammessi"];

/** The sheet written from the settings in force (every row filled, so that a clerk sees what applies). */
export function rulesSheetContent(settings: ValidationSettings): SheetContent {
  return {
    name: RULES_SHEET,
    rows: [[RULES_SHEET_TITLE, null, null], HEADER, ...ROWS.map((row) => [row.label, row.value(settings), row.accepted])],
    boldRows: [0, 1],
    columnWidths: { 0: 48, 1: 48, 2: 70 },
  };
}

const ROW_OF_LABEL = new Map(ROWS.map((row) => [normalizeHeader(row.label), row]));

/** The sheet's rows as the keys of a rules file; an unknown label is an error naming its row. */
function readRulesGrid(grid: Grid): { record: Record<string, unknown>; errors: SettingsError[] } {
  const record: Record<string, unknown> = {};
  const errors: SettingsError[] = [];
  const firstRow = Number(/\d+$/.exec(grid.origin)?.[0] ?? "1");
  for (const [index, cells] of grid.values.entries()) {
    const label = typeof cells[0] === "string" ? cells[0].trim() : "";
    const value = cells[1];
    if (label === "" || label === RULES_SHEET_TITLE || label === HEADER[0]) continue;
    const row = ROW_OF_LABEL.get(normalizeHeader(label));
    if (row === undefined) {
      errors.push({ path: `${RULES_SHEET}!A${firstRow + index}`, message: `Regola sconosciuta «${label}» nel foglio «${RULES_SHEET}»: le righe sono ${ROWS.map((r) => `«${r.label}»`).join(", ")}.` });
      continue;
    }
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    const [key, inner] = row.key.split(".");
    if (key === undefined) continue;
    if (inner === undefined) record[key] = value;
    else record[key] = { ...(record[key] as Record<string, unknown> | undefined), [inner]: value };
  }
  return { record, errors };
}

export interface RulesSheetSettings {
  settings: ValidationSettings;
  errors: SettingsError[];
  /** Whether the workbook has the sheet. */
  found: boolean;
}

/** The workbook's «Regole di valutazione» sheet read over `base` (the defaults); errors name the sheet's cell. */
export function settingsFromRulesSheet(workbook: WorkbookGrids, ruleIds: readonly string[], base?: ValidationSettings): RulesSheetSettings {
  const grid = workbook.sheets.find((sheet) => normalizeHeader(sheet.sheet) === normalizeHeader(RULES_SHEET));
  if (grid === undefined) return { settings: resolveSettings({}, ruleIds, base).settings, errors: [], found: false };
  const { record, errors } = readRulesGrid(grid);
  const resolved = resolveSettings(record, ruleIds, base);
  const preset = resolved.settings.profile.source;
  const profile = { ...resolved.settings.profile, source: `foglio «${RULES_SHEET}»${preset === undefined ? "" : ` (${preset})`}` };
  return {
    settings: { ...resolved.settings, profile },
    errors: [...errors, ...resolved.errors.map((error) => ({ path: `${RULES_SHEET}: ${error.path}`, message: error.message }))],
    found: true,
  };
}
