/**
 * The «Regole di valutazione» sheet: the plan's own scoring profile, readable and editable by hand.
 * One row per key, an Italian label in column A, the value as a clerk writes it in column B («60%»,
 * «proporzionale», «0% → 0%; 60% → proporzionale; 95% → 100%»), what is accepted in column C. A blank
 * value keeps the default.
 *
 * Below the profile, the reward rules («Premi», «Fondo», «Ripartizione», «Classi», «Condizione»: the texts
 * readRewardRules.ts reads, «60% → proporzionale; 90% → 60% + 1% per punto», «3.106 € x 5 punti»),
 * then, optional, the people as a small table under its header row «Persona | Peso | Premio pieno |
 * Coefficiente | Punteggio» (columns found by their header). The sheet only gathers these rows into
 * the keys of a rules file: readRewardRules reads and checks them, as it reads `--regole`.
 *
 * The pane writes it on request (`rulesSheetContent`, from the settings and reward rules in force);
 * the pane and perf-check read it (`settingsFromRulesSheet`) as input: the sheet, when present, is
 * the plan's profile and reward rules, and `--regole` or the pane's own settings override it. It is
 * one of our sheets for ownership (reportSheets.ts) but a validation never rewrites it.
 */
import type { Grid, WorkbookGrids } from "../plan/grid";
import { normalizeHeader } from "../plan/normalizeHeader";
import type { ValidationSettings } from "../settings";
import { resolveSettings, type SettingsError } from "../readSettings";
import { METHOD_WORDS, AGGREGATION_WORDS, CONVENTION_WORDS, bandsText } from "../calc/scoringProfile";
import { SCORING_PRESETS } from "../calc/scoringPresets";
import { RULES_SHEET, RULES_SHEET_TITLE } from "../reportSheets";
import { isBlank } from "../values/matchPlaceholder";
import { formatShare } from "../wording/formatNumbers";
import { SheetBuilder, type SheetContent } from "./sheetContent";
import { readRewardRules, rewardRulesRecord } from "./readRewardRules";
import type { RewardRules } from "./rewards";

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
  { label: "Milestone avviata (credito parziale)", key: "milestoneParziale", accepted: "una percentuale da 0% a 100%: il grado di una milestone avviata quando il target la chiede realizzata", value: (s) => formatShare(s.achievement.milestonePartial ?? 0) },
  { label: "Fasce di punteggio", key: "fasce", accepted: "vuoto (punteggio = raggiungimento) o «60% → proporzionale; 95% → 100%»", value: (s) => (s.profile.bands === null ? "" : bandsText(s.profile.bands)) },
  { label: "Raggiunto da", key: "stati.raggiunto", accepted: "una percentuale, es. 100%", value: (s) => formatShare(s.profile.achieved) },
  { label: "Parzialmente raggiunto da", key: "stati.parziale", accepted: "una percentuale, es. 50% (sotto: non raggiunto, scostamento critico)", value: (s) => formatShare(s.criticalAchievement) },
  { label: "Aggregazione dell'obiettivo", key: "aggregazione", accepted: "media-pesata, tutti-raggiunti", value: (s) => AGGREGATION_WORDS[s.profile.aggregation] },
  { label: "Quota degli indicatori propri (obiettivo strategico)", key: "quotaIndicatoriPropri", accepted: "vuoto (come scritta nel piano, o somma dei pesi, o 50%) o una percentuale", value: (s) => (s.profile.strategicOwnShare === null ? "" : formatShare(s.profile.strategicOwnShare)) },
  { label: "Convenzione dello scostamento", key: "convenzioneScostamento", accepted: "positivo-meglio, realizzato-meno-atteso", value: (s) => CONVENTION_WORDS[s.profile.deviationConvention] },
];

/** The reward rules' rows: a key of readRewardRules, its value the text `rewardRulesRecord` writes. */
const REWARD_ROWS: readonly Omit<RulesRow, "value">[] = [
  { label: "Premi", key: "premi", accepted: "vuoto (nessun premio) o le fasce dei premi, es. «60% → proporzionale; 90% → 60% + 1% per punto; 95% → 100%»" },
  { label: "Fondo", key: "fondo", accepted: "vuoto (il Fondo Dirigenti del piano, se lo scrive), un importo «€ 116.325,12» o valore del punto × punti «3.106 € x 5 punti»" },
  { label: "Ripartizione", key: "ripartizione", accepted: "quota (premio pieno × quota × coefficiente) o pro-quota (il fondo diviso in proporzione)" },
  { label: "Classi", key: "classi", accepted: "le soglie delle classi di punteggio, es. «90%; 60%»" },
  { label: "Condizione", key: "condizione", accepted: "vuoto, o l'obiettivo che condiziona tutto il premio e il suo minimo, es. «1.1 almeno 100%»: sotto il minimo nessun premio" },
];

/** The people's table: its header cells and the person's key in a rules file each stands for. */
const PEOPLE_COLUMNS: readonly { header: string; key: string }[] = [
  { header: "Persona", key: "nome" },
  { header: "Peso", key: "peso" },
  { header: "Premio pieno", key: "premio" },
  { header: "Coefficiente", key: "coefficiente" },
  { header: "Punteggio", key: "punteggio" },
];
const PEOPLE_KEY = "persone";

const HEADER = ["Regola", "Valore", "Valori ammessi"];

/** A value of the reward rows as its cell: a text or a number as read, else blank. */
function cellOf(value: unknown): string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) ? value : "";
}

/**
 * The sheet written from the settings in force (every row filled, so that a clerk sees what applies)
 * and the reward rules in force (their rows empty when there are none), with the people's table.
 * Reward rows the sheet had but that could not be read (`unread`, see RulesSheetSettings) are
 * written back as they were, so that rewriting the sheet never loses what a clerk wrote.
 */
export function rulesSheetContent(settings: ValidationSettings, rewards: RewardRules | null = null, unread?: Record<string, unknown>): SheetContent {
  const sheet = new SheetBuilder(RULES_SHEET);
  sheet.addRow([RULES_SHEET_TITLE, null, null], true);
  sheet.addRow(HEADER, true);
  for (const row of ROWS) sheet.addRow([row.label, row.value(settings), row.accepted]);
  const record = rewards === null ? (unread ?? {}) : rewardRulesRecord(rewards);
  for (const row of REWARD_ROWS) sheet.addRow([row.label, cellOf(record[row.key]), row.accepted]);
  sheet.blankRow();
  sheet.addRow(PEOPLE_COLUMNS.map((column) => column.header), true);
  const people = record[PEOPLE_KEY];
  for (const person of Array.isArray(people) ? (people as Record<string, unknown>[]) : []) {
    sheet.addRow(PEOPLE_COLUMNS.map((column) => cellOf(person[column.key])));
  }
  return sheet.build({ columnWidths: { 0: 48, 1: 48, 2: 70, 3: 14, 4: 14 } });
}

/** The title (ours, or the sheet's name a clerk writes as a title) and the header: not rules. */
const SKIPPED_LABELS = new Set([RULES_SHEET_TITLE, RULES_SHEET, HEADER[0] ?? ""].map(normalizeHeader));
const ROW_OF_LABEL = new Map([...ROWS, ...REWARD_ROWS].map((row) => [normalizeHeader(row.label), row]));
const PEOPLE_HEADER = normalizeHeader(PEOPLE_COLUMNS[0]?.header ?? "");
const PEOPLE_COLUMN_OF_HEADER = new Map(PEOPLE_COLUMNS.map((column) => [normalizeHeader(column.header), column.key]));

/** The people's table from its header row on: each row a person in the keys of a rules file, with its sheet row. */
function readPeopleTable(rows: readonly (readonly unknown[])[], firstRow: number, errors: SettingsError[]): { people: Record<string, unknown>[]; rows: number[] } {
  const header = rows[0] ?? [];
  const keys = header.map((cell) => (isBlank(cell) ? undefined : PEOPLE_COLUMN_OF_HEADER.get(normalizeHeader(String(cell)))));
  for (const [column, cell] of header.entries()) {
    if (!isBlank(cell) && keys[column] === undefined) {
      const names = PEOPLE_COLUMNS.map((c) => `«${c.header}»`).join(", ");
      errors.push({ path: `${RULES_SHEET}!${String.fromCharCode(65 + column)}${firstRow}`, message: `Colonna sconosciuta «${String(cell)}» nella tabella delle persone del foglio «${RULES_SHEET}»: le colonne sono ${names}.` });
    }
  }
  const people: Record<string, unknown>[] = [];
  const sheetRows: number[] = [];
  for (const [index, cells] of rows.entries()) {
    if (index === 0 || cells.every(isBlank)) continue;
    const person: Record<string, unknown> = {};
    for (const [column, cell] of cells.entries()) {
      const key = keys[column];
      if (key !== undefined && !isBlank(cell)) person[key] = typeof cell === "string" ? cell.trim() : cell;
    }
    people.push(person);
    sheetRows.push(firstRow + index);
  }
  return { people, rows: sheetRows };
}

interface RulesGrid {
  record: Record<string, unknown>;
  errors: SettingsError[];
  /** The sheet row of each person of the table, to name it in the messages. */
  peopleRows: number[];
}

/** The sheet's rows as the keys of a rules file; an unknown label is an error naming its row. */
function readRulesGrid(grid: Grid): RulesGrid {
  const record: Record<string, unknown> = {};
  const errors: SettingsError[] = [];
  const firstRow = Number(/\d+$/.exec(grid.origin)?.[0] ?? "1");
  for (const [index, cells] of grid.values.entries()) {
    const label = typeof cells[0] === "string" ? cells[0].trim() : "";
    const value = cells[1];
    if (label === "" || SKIPPED_LABELS.has(normalizeHeader(label))) continue;
    if (normalizeHeader(label) === PEOPLE_HEADER) {
      const table = readPeopleTable(grid.values.slice(index), firstRow + index, errors);
      if (table.people.length > 0) record[PEOPLE_KEY] = table.people;
      return { record, errors, peopleRows: table.rows };
    }
    const row = ROW_OF_LABEL.get(normalizeHeader(label));
    if (row === undefined) {
      const rows = [...ROWS, ...REWARD_ROWS].map((r) => `«${r.label}»`).join(", ");
      errors.push({ path: `${RULES_SHEET}!A${firstRow + index}`, message: `Regola sconosciuta «${label}» nel foglio «${RULES_SHEET}»: le righe sono ${rows}, poi la tabella delle persone («${PEOPLE_COLUMNS[0]?.header ?? ""}»).` });
      continue;
    }
    if (isBlank(value)) continue;
    const [key, inner] = row.key.split(".");
    if (key === undefined) continue;
    if (inner === undefined) record[key] = value;
    else record[key] = { ...(record[key] as Record<string, unknown> | undefined), [inner]: value };
  }
  return { record, errors, peopleRows: [] };
}

export interface RulesSheetSettings {
  settings: ValidationSettings;
  /** The sheet's reward rules, or null when its «Premi» row is empty (or a reward row is wrong: see `errors`). */
  rewards: RewardRules | null;
  /** The reward rows as written, when they are wrong: the sheet rewritten keeps them for the clerk to correct. */
  unreadRewards?: Record<string, unknown>;
  errors: SettingsError[];
  /** Whether the workbook has the sheet. */
  found: boolean;
}

/** The keys of `record` readRewardRules took as reward keys (those not in `rest`). */
function rewardKeysOf(record: Record<string, unknown>, rest: unknown): Record<string, unknown> {
  const others = new Set(typeof rest === "object" && rest !== null ? Object.keys(rest) : []);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !others.has(key)));
}

/** A reward error's place: «persone[2].peso» is the sheet's row of that person; other keys keep their name. */
function rewardErrorPath(path: string, peopleRows: readonly number[]): string {
  const person = /^persone\[(\d+)\]/.exec(path);
  const row = person === null ? undefined : peopleRows[Number(person[1]) - 1];
  return row === undefined ? `${RULES_SHEET}: ${path}` : `${RULES_SHEET}!A${row}`;
}

/** The workbook's «Regole di valutazione» sheet read over `base` (the defaults); errors name the sheet's cell. */
export function settingsFromRulesSheet(workbook: WorkbookGrids, ruleIds: readonly string[], base?: ValidationSettings): RulesSheetSettings {
  const grid = workbook.sheets.find((sheet) => normalizeHeader(sheet.sheet) === normalizeHeader(RULES_SHEET));
  if (grid === undefined) return { settings: resolveSettings({}, ruleIds, base).settings, rewards: null, errors: [], found: false };
  const { record, errors, peopleRows } = readRulesGrid(grid);
  const rewards = readRewardRules(record);
  const resolved = resolveSettings(rewards.rest, ruleIds, base);
  const preset = resolved.settings.profile.source;
  const profile = { ...resolved.settings.profile, source: `foglio «${RULES_SHEET}»${preset === undefined ? "" : ` (${preset})`}` };
  return {
    settings: { ...resolved.settings, profile },
    rewards: rewards.rules,
    ...(rewards.rules === null && rewards.errors.length > 0 ? { unreadRewards: rewardKeysOf(record, rewards.rest) } : {}),
    errors: [
      ...errors,
      ...resolved.errors.map((error) => ({ path: `${RULES_SHEET}: ${error.path}`, message: error.message })),
      ...rewards.errors.map((error) => ({ path: rewardErrorPath(error.path, peopleRows), message: error.message })),
    ],
    found: true,
  };
}
