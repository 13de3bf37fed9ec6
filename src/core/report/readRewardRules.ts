/**
 * The reward rules («Premi») as a user writes them in the `--regole` file (and, at merge, in the
 * scoring profile): read, checked, and told apart from the validation settings, which
 * `resolveSettings` reads. Italian keys, English aliases in brackets:
 *
 * { "premi" [rewards]: [ { "da" [from]: "90%", "quota" [share]: "60%" | "proporzionale", "perPunto" [perPoint]: "1%" } ],
 *   "fondo" [fund]: 116325.12 | "€ 116.325,12" | { "valorePunto" [pointValue]: 3106, "punti" [points]: 5 },
 *   "ripartizione" [split]: "quota" (default) | "pro-quota",
 *   "classi" [classes]: ["90%", "60%"],
 *   "condizione" [condition]: "1.1 almeno 100%" | { "obiettivo" [objective]: "1.1", "minimo" [minimum]: "100%" },
 *   "persone" [people]: [ { "nome" [name]: "…", "peso" [weight]: "25%", "premio" [nominal]: "1.000",
 *                          "coefficiente" [coefficient]: 0.9, "punteggio" [score]: "85%" } ] }
 *
 * The same rules as a clerk writes them in the «Regole di valutazione» sheet (rulesSheet.ts), texts
 * read here and nowhere else (`rewardRulesRecord` writes them):
 *   premi   "0% → 0%; 60% → proporzionale; 90% → 60% + 1% per punto; 95% → 100%" (the bands as the
 *           profile's «fasce», bandTextPairs; «+ 1% per punto» is «perPunto»)
 *   fondo   "€ 116.325,12", or point value × points "3.106 € x 5 punti" (x, × or *)
 *   classi  "90%; 60%"
 *   condizione "1.1 almeno 100%" (also «1.1 ≥ 100%», or the code alone: 100%)
 *
 * Bounds, shares and scores are percentages ("90%") or fractions (0.9); a bare number above 3 is
 * refused (is «90» 90% or 9000%?): a reader never guesses. The fund written as point value × points
 * is the seed's «Valore economico del progetto» (computeProjectValue). Without «premi» no other
 * reward key is accepted: nothing else would use it. Every problem is a `SettingsError` with an
 * Italian message; nothing throws.
 */
import { computeProjectValue } from "../calc/computeProjectValue";
import { bandTextPairs } from "../calc/readScoringProfile";
import type { SettingsError } from "../readSettings";
import { readFraction } from "../values/readSettingValue";
import { parseItalianNumber } from "../values/parseItalianNumber";
import { formatAmount, formatFigure } from "../wording/formatNumbers";
import {
  DEFAULT_REWARD_CLASSES,
  personKey,
  readRewardBands,
  type RewardBand,
  type RewardBands,
  type RewardCondition,
  type RewardFund,
  type RewardPersonRule,
  type RewardRules,
  type RewardSplit,
} from "./rewards";
import { SCORING_PRESETS } from "../calc/scoringPresets";

export interface RewardRulesReading {
  /** The reward rules, or null when the input has none (or they are wrong: see `errors`). */
  rules: RewardRules | null;
  /** The input without the reward keys, for `resolveSettings`. */
  rest: unknown;
  errors: SettingsError[];
}

type RewardKey = "rewards" | "fund" | "split" | "classes" | "people" | "condition";

const KEYS: Record<string, RewardKey> = {
  premi: "rewards",
  rewards: "rewards",
  fondo: "fund",
  fund: "fund",
  ripartizione: "split",
  split: "split",
  classi: "classes",
  classes: "classes",
  persone: "people",
  people: "people",
  condizione: "condition",
  condition: "condition",
};

const BAND_KEYS: Record<string, "from" | "share" | "perPoint"> = { da: "from", from: "from", quota: "share", share: "share", perPunto: "perPoint", perPoint: "perPoint" };
const PERSON_KEYS: Record<string, keyof RewardPersonRule> = {
  nome: "name",
  name: "name",
  punteggio: "score",
  score: "score",
  peso: "weight",
  weight: "weight",
  premio: "nominal",
  nominal: "nominal",
  coefficiente: "coefficient",
  coefficient: "coefficient",
};
const CONDITION_KEYS: Record<string, "objective" | "minimum"> = { obiettivo: "objective", objective: "objective", minimo: "minimum", minimum: "minimum" };
/** «1.1 almeno 100%», «obiettivo 1.1 ≥ 100%», «1.1»: an objective's code and, optional, its minimum. */
const CONDITION_TEXT = /^(?:obiettivo\s+|objective\s+)?(.+?)(?:(?:\s*(?:≥|>=)\s*|\s+(?:almeno|da|minimo|at\s+least)\s+)(.+))?$/i;
const CONDITION_EXAMPLE = `"1.1 almeno 100%" o { "obiettivo": "1.1", "minimo": "100%" }`;
const FUND_KEYS: Record<string, "pointValue" | "points"> = { valorePunto: "pointValue", pointValue: "pointValue", punti: "points", points: "points" };
const SPLITS: Record<string, RewardSplit> = { quota: "share", share: "share", "pro-quota": "proRata", "pro-rata": "proRata", proRata: "proRata" };
const PROPORTIONAL = new Set(["proporzionale", "proportional"]);
/** «60% + 1% per punto»: a fixed share growing by a share for each point above the band's bound. */
const PER_POINT_TEXT = /^(.+?)\s*\+\s*(.+?)\s+(?:per|a|al)\s+(?:punto|point)$/i;
/** «3.106 € x 5 punti»: the project's value, point value × points. */
const PROJECT_TEXT = /^(.+?)\s*[x×*]\s*(.+?)(?:\s*(?:punti|punto|points?))?$/i;
const BANDS_EXAMPLE = `[ { "da": "60%", "quota": "proporzionale" }, { "da": "90%", "quota": "100%" } ] o il testo "60% → proporzionale; 90% → 60% + 1% per punto; 95% → 100%"`;
/** Above this a fraction is surely a number of points written without «%». */
const LARGEST_FRACTION = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(raw: unknown): string {
  return typeof raw === "string" ? raw : JSON.stringify(raw) ?? String(raw);
}

/** A percentage ("90%") or a fraction (0.9), not negative; a bare number above 3 is refused as ambiguous. */
function readPercent(raw: unknown, path: string, what: string, errors: SettingsError[]): number | null {
  const value = readFraction(raw);
  if (value === null || value < 0) {
    errors.push({ path, message: `${what} deve essere una percentuale (es. "90%") o una frazione (es. 0,9), non «${shown(raw)}».` });
    return null;
  }
  const written = typeof raw === "string" && raw.trim().endsWith("%");
  if (!written && value > LARGEST_FRACTION) {
    errors.push({ path, message: `${what}: «${shown(raw)}» senza «%» vale ${formatFigure(value * 100)}%; per ${shown(raw)} punti scrivere "${shown(raw)}%".` });
    return null;
  }
  return value;
}

/** An amount in euro: a number, or a text written the Italian way with or without «€» / «euro». */
function readEuro(raw: unknown, path: string, what: string, errors: SettingsError[]): number | null {
  let value: number | null = null;
  if (typeof raw === "number") value = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === "string") {
    const parsed = parseItalianNumber(raw.replace(/€|\beuro\b/gi, "").trim());
    value = parsed.ok ? parsed.value : null;
  }
  if (value === null || value < 0) {
    errors.push({ path, message: `${what} deve essere un importo in euro non negativo (es. 116325.12 o "€ 116.325,12"), non «${shown(raw)}».` });
    return null;
  }
  return value;
}

/** The bands written as a text, as the entries of the list form: «90% → 60% + 1% per punto» is { da: "90%", quota: "60%", perPunto: "1%" }. */
function bandEntriesOfText(text: string): Record<string, string>[] | null {
  return (
    bandTextPairs(text)?.map(([from, share]): Record<string, string> => {
      const growing = PER_POINT_TEXT.exec(share);
      return growing === null ? { da: from, quota: share } : { da: from, quota: growing[1] ?? "", perPunto: growing[2] ?? "" };
    }) ?? null
  );
}

function readBands(written: unknown, path: string, errors: SettingsError[]): RewardBands | null {
  const raw = typeof written === "string" ? bandEntriesOfText(written) : written;
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push({ path, message: `«${path}» deve essere un elenco di fasce, es. ${BANDS_EXAMPLE}, non «${shown(written)}».` });
    return null;
  }
  const bands: RewardBand[] = [];
  const before = errors.length;
  for (const [index, entry] of raw.entries()) {
    const where = `${path}[${index + 1}]`;
    if (!isRecord(entry)) {
      errors.push({ path: where, message: `La ${index + 1}ª fascia deve essere un oggetto { "da": "…", "quota": "…" }, non «${shown(entry)}».` });
      continue;
    }
    const band: Partial<Record<"from" | "share" | "perPoint", unknown>> = {};
    for (const [key, value] of Object.entries(entry)) {
      const canonical = BAND_KEYS[key];
      if (canonical === undefined) errors.push({ path: `${where}.${key}`, message: `Chiave sconosciuta «${key}» nella ${index + 1}ª fascia: usare da, quota e (facoltativo) perPunto.` });
      else band[canonical] = value;
    }
    if (band.from === undefined || band.share === undefined) {
      errors.push({ path: where, message: `La ${index + 1}ª fascia deve dire da quale punteggio («da») e con quale quota («quota»).` });
      continue;
    }
    const from = readPercent(band.from, `${where}.da`, `La soglia «da» della ${index + 1}ª fascia`, errors);
    const shareText = typeof band.share === "string" ? band.share.trim().toLowerCase() : null;
    const share = shareText !== null && PROPORTIONAL.has(shareText) ? "proportional" : readPercent(band.share, `${where}.quota`, `La quota della ${index + 1}ª fascia`, errors);
    const perPoint = band.perPoint === undefined ? undefined : readPercent(band.perPoint, `${where}.perPunto`, `La quota per punto della ${index + 1}ª fascia`, errors);
    if (from === null || share === null || perPoint === null) continue;
    bands.push({ from, score: share, ...(perPoint === undefined ? {} : { perPoint }) });
  }
  if (errors.length > before) return null;
  const checked = readRewardBands(bands);
  if (!checked.ok) {
    errors.push({ path, message: checked.message });
    return null;
  }
  return checked.bands;
}

/** «3.106 € x 5 punti» as { valorePunto: "3.106 €", punti: "5" }; any other value as it is. */
function fundOfText(written: unknown): unknown {
  if (typeof written !== "string") return written;
  const project = PROJECT_TEXT.exec(written.trim());
  return project === null ? written : { valorePunto: project[1], punti: project[2] };
}

function readFund(written: unknown, path: string, errors: SettingsError[]): RewardFund | null {
  const raw = fundOfText(written);
  if (!isRecord(raw)) {
    const amount = readEuro(raw, path, "Il fondo", errors);
    return amount === null ? null : { amount };
  }
  const parts: Partial<Record<"pointValue" | "points", unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const canonical = FUND_KEYS[key];
    if (canonical === undefined) errors.push({ path: `${path}.${key}`, message: `Chiave sconosciuta «${key}» nel fondo: usare valorePunto e punti (il valore economico del progetto).` });
    else parts[canonical] = value;
  }
  if (parts.pointValue === undefined || parts.points === undefined) {
    errors.push({ path, message: "Il fondo come valore economico del progetto deve dire «valorePunto» (euro per punto) e «punti» (il coefficiente), es. { \"valorePunto\": 3106, \"punti\": 5 }." });
    return null;
  }
  const pointValue = readEuro(parts.pointValue, `${path}.valorePunto`, "Il valore del punto", errors);
  const points = readFraction(typeof parts.points === "string" ? parts.points.replace(/\s*(?:punti|punto|points?)$/i, "") : parts.points);
  if (points === null || points < 0) {
    errors.push({ path: `${path}.punti`, message: `I punti del progetto devono essere un numero non negativo (es. 5), non «${shown(parts.points)}».` });
    return null;
  }
  if (pointValue === null) return null;
  const value = computeProjectValue(pointValue, points);
  if (!value.ok) {
    errors.push({ path, message: value.message });
    return null;
  }
  return { amount: value.value, explanation: value.explanation, project: { pointValue, points } };
}

/** The gate objective: its code and minimum score (100% when not said). */
function readCondition(written: unknown, path: string, errors: SettingsError[]): RewardCondition | null {
  let objective: unknown;
  let minimum: unknown;
  if (typeof written === "string") {
    const match = CONDITION_TEXT.exec(written.trim());
    objective = match?.[1];
    minimum = match?.[2];
  } else if (isRecord(written)) {
    for (const [key, value] of Object.entries(written)) {
      const canonical = CONDITION_KEYS[key];
      if (canonical === undefined) errors.push({ path: `${path}.${key}`, message: `Chiave sconosciuta «${key}» nella condizione: usare obiettivo e (facoltativo) minimo.` });
      else if (canonical === "objective") objective = value;
      else minimum = value;
    }
  }
  const code = typeof objective === "string" ? objective.trim() : typeof objective === "number" ? String(objective) : "";
  if (code === "") {
    errors.push({ path, message: `«${path}» deve dire l'obiettivo del piano che condiziona tutto il premio e il suo punteggio minimo, es. ${CONDITION_EXAMPLE}, non «${shown(written)}».` });
    return null;
  }
  const floor = minimum === undefined ? 1 : readPercent(minimum, `${path}.minimo`, `Il minimo della condizione`, errors);
  return floor === null ? null : { objective: code, minimum: floor };
}

function readSplit(raw: unknown, path: string, errors: SettingsError[]): RewardSplit {
  const split = typeof raw === "string" ? SPLITS[raw.trim()] : undefined;
  if (split === undefined) {
    errors.push({ path, message: `«${path}» deve essere "quota" (ognuno la sua quota del premio) o "pro-quota" (il fondo diviso in proporzione), non «${shown(raw)}».` });
    return "share";
  }
  return split;
}

function readClasses(written: unknown, path: string, errors: SettingsError[]): readonly number[] {
  const raw = typeof written === "string" ? written.split(/[;\n]/).map((part) => part.trim()).filter((part) => part !== "") : written;
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push({ path, message: `«${path}» deve essere un elenco di soglie delle classi, es. ["90%", "60%"] o il testo "90%; 60%", non «${shown(written)}».` });
    return DEFAULT_REWARD_CLASSES;
  }
  const bounds: number[] = [];
  for (const [index, entry] of raw.entries()) {
    const value = readPercent(entry, `${path}[${index + 1}]`, `La ${index + 1}ª soglia delle classi`, errors);
    if (value === null) continue;
    if (bounds.includes(value)) errors.push({ path: `${path}[${index + 1}]`, message: `La soglia delle classi «${shown(entry)}» è ripetuta.` });
    else bounds.push(value);
  }
  return bounds.sort((a, b) => b - a);
}

function readPerson(entry: unknown, where: string, index: number, errors: SettingsError[]): RewardPersonRule | null {
  if (!isRecord(entry)) {
    errors.push({ path: where, message: `La ${index + 1}ª persona deve essere un oggetto { "nome": "…", "peso": "…" }, non «${shown(entry)}».` });
    return null;
  }
  const fields: Partial<Record<keyof RewardPersonRule, unknown>> = {};
  for (const [key, value] of Object.entries(entry)) {
    const canonical = PERSON_KEYS[key];
    if (canonical === undefined) errors.push({ path: `${where}.${key}`, message: `Chiave sconosciuta «${key}» per la ${index + 1}ª persona: usare nome, peso, premio, coefficiente, punteggio.` });
    else fields[canonical] = value;
  }
  if (typeof fields.name !== "string" || fields.name.trim() === "") {
    errors.push({ path: where, message: `La ${index + 1}ª persona deve avere un «nome» (quello del responsabile nel piano, o un altro con il suo «punteggio»).` });
    return null;
  }
  const person: RewardPersonRule = { name: fields.name.trim() };
  const label = `«${person.name}»`;
  if (fields.score !== undefined) {
    const score = readPercent(fields.score, `${where}.punteggio`, `Il punteggio di ${label}`, errors);
    if (score !== null) person.score = score;
  }
  if (fields.weight !== undefined) {
    const weight = readPercent(fields.weight, `${where}.peso`, `Il peso di ${label}`, errors);
    if (weight !== null) person.weight = weight;
  }
  if (fields.nominal !== undefined) {
    const nominal = readEuro(fields.nominal, `${where}.premio`, `Il premio di ${label}`, errors);
    if (nominal !== null) person.nominal = nominal;
  }
  if (fields.coefficient !== undefined) {
    const coefficient = readFraction(fields.coefficient);
    if (coefficient === null || coefficient < 0) {
      errors.push({ path: `${where}.coefficiente`, message: `Il coefficiente di ${label} deve essere un numero non negativo (es. 0,9), non «${shown(fields.coefficient)}».` });
    } else person.coefficient = coefficient;
  }
  return person;
}

function readPeople(raw: unknown, path: string, errors: SettingsError[]): RewardPersonRule[] {
  if (!Array.isArray(raw)) {
    errors.push({ path, message: `«${path}» deve essere un elenco di persone, es. [ { "nome": "dr Mario Rossi", "peso": "25%" } ].` });
    return [];
  }
  const people: RewardPersonRule[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of raw.entries()) {
    const person = readPerson(entry, `${path}[${index + 1}]`, index, errors);
    if (person === null) continue;
    if (seen.has(personKey(person.name))) {
      errors.push({ path: `${path}[${index + 1}]`, message: `La persona «${person.name}» compare due volte.` });
      continue;
    }
    seen.add(personKey(person.name));
    people.push(person);
  }
  return people;
}

/** Reads the reward keys of a rules file; the other keys are left in `rest` for `resolveSettings`. */
export function readRewardRules(input: unknown): RewardRulesReading {
  if (!isRecord(input)) return { rules: null, rest: input, errors: [] };
  const rest: Record<string, unknown> = {};
  const found: Partial<Record<RewardKey, { key: string; value: unknown }>> = {};
  // A preset's reward keys first, so that the input's own override them; the preset itself stays in
  // the rest, where the profile's reader reads its other keys (and says when its name is unknown).
  for (const [key, value] of Object.entries(presetRewardKeys(input["preset"]))) {
    const canonical = KEYS[key];
    if (canonical !== undefined) found[canonical] = { key, value };
  }
  for (const [key, value] of Object.entries(input)) {
    const canonical = KEYS[key];
    if (canonical === undefined) rest[key] = value;
    else found[canonical] = { key, value };
  }
  const errors: SettingsError[] = [];
  if (found.rewards === undefined) {
    for (const other of Object.values(found)) {
      errors.push({ path: other.key, message: `«${other.key}» serve solo con le fasce dei premi: aggiungere «premi», es. [ { "da": "60%", "quota": "proporzionale" } ].` });
    }
    return { rules: null, rest, errors };
  }
  const bands = readBands(found.rewards.value, found.rewards.key, errors);
  const fund = found.fund === undefined ? undefined : readFund(found.fund.value, found.fund.key, errors);
  const split = found.split === undefined ? "share" : readSplit(found.split.value, found.split.key, errors);
  const classes = found.classes === undefined ? DEFAULT_REWARD_CLASSES : readClasses(found.classes.value, found.classes.key, errors);
  const people = found.people === undefined ? [] : readPeople(found.people.value, found.people.key, errors);
  const condition = found.condition === undefined ? null : readCondition(found.condition.value, found.condition.key, errors);
  if (bands === null || errors.length > 0) return { rules: null, rest, errors };
  return { rules: { bands, ...(condition ? { condition } : {}), ...(fund ? { fund } : {}), split, classes, people }, rest, errors };
}

/** The reward keys of the preset named, if it is one that has them. */
function presetRewardKeys(name: unknown): Record<string, unknown> {
  const preset = typeof name === "string" ? SCORING_PRESETS[name.trim()] : undefined;
  if (preset === undefined) return {};
  return Object.fromEntries(Object.entries(preset.keys).filter(([key]) => KEYS[key] !== undefined));
}

/** A percentage written back without losing what was read (up to 4 decimals: «0,715%»). */
function percent(fraction: number): string {
  return formatAmount(fraction, "percent");
}

/** The reward bands as a clerk writes them: "0% → 0%; 60% → proporzionale; 90% → 60% + 1% per punto". */
function rewardBandsText(bands: readonly RewardBand[]): string {
  return bands
    .map((band) => {
      const share = band.score === "proportional" ? "proporzionale" : percent(band.score);
      return `${percent(band.from)} → ${share}${band.perPoint === undefined ? "" : ` + ${percent(band.perPoint)} per punto`}`;
    })
    .join("; ");
}

/** The fund as a clerk writes it: point value × points when it is a project's value, else the amount. */
function rewardFundText(fund: RewardFund): string {
  if (fund.project !== undefined) return `${formatAmount(fund.project.pointValue, "euro")} x ${formatAmount(fund.project.points, "number")} punti`;
  return formatAmount(fund.amount, "euro");
}

/**
 * The reward rules in the keys `readRewardRules` reads, with the values written as texts a clerk
 * reads («60% → proporzionale», «€ 15.530,00»): the «Regole di valutazione» sheet's rows. A fund the
 * plan gave (source "plan") is not a rule and is left out.
 */
export function rewardRulesRecord(rules: RewardRules): Record<string, unknown> {
  return {
    premi: rewardBandsText(rules.bands),
    ...(rules.fund === undefined || rules.fund.source === "plan" ? {} : { fondo: rewardFundText(rules.fund) }),
    ripartizione: rules.split === "proRata" ? "pro-quota" : "quota",
    classi: rules.classes.map(percent).join("; "),
    ...(rules.condition === undefined ? {} : { condizione: `${rules.condition.objective} almeno ${percent(rules.condition.minimum)}` }),
    persone: rules.people.map((person) => ({
      nome: person.name,
      ...(person.weight === undefined ? {} : { peso: percent(person.weight) }),
      ...(person.nominal === undefined ? {} : { premio: formatAmount(person.nominal, "euro") }),
      ...(person.coefficient === undefined ? {} : { coefficiente: formatAmount(person.coefficient, "number") }),
      ...(person.score === undefined ? {} : { punteggio: percent(person.score) }),
    })),
  };
}
