/**
 * Every message a rule can emit: its key and the parameters it carries, declared once here.
 * The catalogues (italian.ts, english.ts) turn a key and its parameters into a message and a
 * suggestion; rules only pick a key and hand over figures as data (numbers, codes, cell texts,
 * dates), never a sentence.
 *
 * A parameter is declared by its kind; "kind?" means the value may be null (absent); a list of
 * words is a choice among them. The kinds say what the value is, so that the catalogues format it
 * (a share as a percentage, a figure in its unit) and the tests can make up any value of it.
 */
import type { WeightScale } from "../calc/interpretWeights";
import type { Direction } from "../plan/polarity";
import type { Comparator, MilestoneState, QuantityUnit } from "../values/valueTypes";
import type { Polarity } from "../plan/polarity";
import type { Localized } from "./calcWords";
import type { SheetNote } from "./sheetNotes";

/** A number in its unit, possibly a bound ("almeno 300"). */
export interface FigureParam {
  value: number;
  unit: QuantityUnit;
  comparator?: Comparator;
}

/** A cell's value for a message: its figure when it has one, else its text as written (quoted). */
export interface ValueParam {
  text: string;
  figure: FigureParam | null;
}

/** One of the figures found in an ambiguous cell, with the words that followed it ("1.361 partecipanti"). */
export interface CandidateParam {
  value: number;
  unit: QuantityUnit;
  label: string;
}

/** A candidate of an ambiguous result with the deviation it gives against the target. */
export interface ReadingParam {
  value: number;
  unit: QuantityUnit;
  deviation: number;
}

/** The role of a checked cell: «il risultato al 30/6», «il peso «Peso iniziale» di Rossi». */
export type CellRole =
  | { kind: "indicatorWeight" }
  | { kind: "baseline" }
  | { kind: "target"; date: string }
  | { kind: "result"; date: string }
  | { kind: "declaredDeviation"; date: string }
  | { kind: "objectiveWeight" }
  | { kind: "ownShare" }
  | { kind: "managerWeight"; column: string; manager: string }
  | { kind: "revisionForecast"; date: string }
  | { kind: "revisionActual"; date: string }
  | { kind: "revisionNewForecast"; date: string };

/** Weights that belong together: an objective's indicators, a manager's objectives (in a column of the Pesi table). */
export type WeightGroupParam =
  | { kind: "indicators"; objective: string }
  | { kind: "managerColumn"; manager: string; column: string }
  | { kind: "objectivesByManager"; manager: string };

/** Whose weight: an indicator's, an objective's, or a strategic objective's own share. */
export interface WeightOwnerParam {
  objective: string;
  indicator: string | null;
  ownShare: boolean;
}

/** Where the first occurrence of a repeated key is: a row of the same sheet, or a cell of another. */
export interface PlaceParam {
  sheet: string;
  address: string;
  row: number;
  sameSheet: boolean;
}

/** A weight as written and the scale it was read in. */
export interface ScaledWeightParam {
  text: string;
  scale: WeightScale;
}

/** Why a candidate of an ambiguous result looks like the intended value. */
export type EvidenceParam =
  | { kind: "declaredDeviation"; declared: { value: number; unit: QuantityUnit }; explanation: Localized }
  | { kind: "revision"; restated: { value: number; unit: QuantityUnit }; date: string };

/** What an indicator sheet lacks, for `struttura-colonne`. */
export type GapParam =
  | { kind: "noTargets" }
  | { kind: "noYearTarget" }
  | { kind: "noResults" }
  | { kind: "resultsNotFilled" }
  | { kind: "noResultsAt"; date: string }
  | { kind: "noWeights" }
  | { kind: "emptyWeights" }
  | { kind: "noBaseline" }
  | { kind: "noDeclaredDeviations" };

/** Value types of the parameter kinds. */
export interface KindTypes {
  /** A code, a number or a name as written in the plan (objective, indicator, manager, column, sheet, rule id). */
  code: string;
  /** A cell's text as written. */
  text: string;
  /** A reporting date ("30/6"). */
  date: string;
  /** A row number or a count, written as digits. */
  count: number;
  /** A fraction shown as a percentage (0.5 -> 50%). */
  share: number;
  /** A difference of fractions shown in percentage points. */
  points: number;
  figure: FigureParam;
  /** A deviation, shown with its sign. */
  signed: { value: number; unit: QuantityUnit };
  value: ValueParam;
  shares: readonly number[];
  codes: readonly string[];
  candidate: CandidateParam;
  candidates: readonly CandidateParam[];
  readings: readonly ReadingParam[];
  /** What a plan reader assumed about a sheet. */
  notes: readonly SheetNote[];
  /**
   * A text that another part of the core writes in each language: a calculation's explanation, a
   * reader's reason, a polarity's clue (see calcWords, readerWords, polarityReasons).
   */
  localized: Localized;
  polarity: Polarity;
  direction: Direction;
  milestone: MilestoneState;
  role: CellRole;
  group: WeightGroupParam;
  owner: WeightOwnerParam;
  place: PlaceParam;
  scaledWeights: readonly ScaledWeightParam[];
  evidence: readonly EvidenceParam[];
  gaps: readonly GapParam[];
  flag: boolean;
}

export type ParamKind = keyof KindTypes;
export type ParamSpec = ParamKind | `${ParamKind}?` | readonly string[];

const INDICATOR = { indicator: "code", objective: "code" } as const;
/** The deviation conventions of the scoring profile (calc/scoringProfile.ts). */
const CONVENTIONS = ["positiveIsBetter", "resultMinusTarget"] as const;

/** Every message key and its parameters. Keys are stable: `rule` or `rule.variant`. */
export const MESSAGE_PARAMETERS = {
  "errore-interno": { rule: "code", reason: "text" },
  // structure
  "struttura-colonne": { sheet: "code", gaps: "gaps", notes: "notes", headerRow: "count", warning: "flag" },
  "codice-duplicato.obiettivo": { objective: "code", sheet: "code", row: "count", earlier: "place" },
  "codice-duplicato.indicatore": { ...INDICATOR, sheet: "code", row: "count", earlier: "place" },
  "codice-duplicato.peso": { objective: "code", manager: "code", sheet: "code", row: "count", earlier: "place" },
  "codice-duplicato.revisione": { ...INDICATOR, sheet: "code", row: "count", earlier: "place" },
  "obiettivo-senza-indicatori": { objective: "code", title: "text" },
  "indicatore-orfano": { ...INDICATOR, name: "text", near: "code?" },
  "obiettivo-orfano": { objective: "code", title: "text", reference: "code", parent: ["missing", "itself", "operational"], near: "code?", strategic: "codes" },
  "valore-illeggibile.errore-excel": { role: "role", text: "text", reason: "localized" },
  "valore-illeggibile.testo": { role: "role", text: "text", reason: "localized" },
  "valore-ambiguo": { role: "role", text: "text", candidates: "candidates", intended: "candidate?", evidence: "evidence" },
  "valore-ambiguo.milestone": { role: "role", text: "text", candidates: "candidates", milestone: "milestone" },
  // weights
  "pesi-indicatori.arrotondamento": { objective: "code", weights: "shares", sum: "share", expected: "share", difference: "points", tolerance: "points" },
  "pesi-indicatori.somma": { objective: "code", weights: "shares", sum: "share", ownShare: "share?", expected: "share", difference: "points", tolerance: "points" },
  "pesi-obiettivi.arrotondamento": { group: "group", codes: "codes", weights: "shares", sum: "share", difference: "points" },
  "pesi-obiettivi.somma": { group: "group", codes: "codes", weights: "shares", sum: "share", difference: "points" },
  "peso-non-valido.non-peso": { owner: "owner", value: "value" },
  "peso-non-valido.negativo": { owner: "owner", value: "value" },
  "peso-non-valido.oltre-100": { owner: "owner", value: "value", weight: "share" },
  "peso-non-valido.indicatore-senza-peso": { ...INDICATOR, indicators: "count" },
  "peso-non-valido.responsabile-senza-peso": { objective: "code", manager: "code", column: "code" },
  "peso-non-valido.quota-mancante": { objective: "code" },
  "peso-non-valido.obiettivo-senza-peso": { objective: "code", manager: "code" },
  "pesi-scala-mista": { group: "group", weights: "scaledWeights" },
  "peso-incoerente.rideterminato": { objective: "code", weight: "share", earlierColumn: "code", currentColumn: "code", current: "share" },
  "peso-incoerente.diverso": { objective: "code", weight: "share", manager: "code", current: "share", currentColumn: "code" },
  "peso-incoerente.assente-dai-pesi": { objective: "code" },
  "peso-incoerente.obiettivo-inesistente": { objective: "code", manager: "code" },
  // targets
  "target-mancante": { ...INDICATOR, date: "date", written: "text" },
  "target-non-misurabile.condizionato": { ...INDICATOR, date: "date", text: "text" },
  "target-non-misurabile.continuativo": { ...INDICATOR, date: "date", text: "text" },
  "target-periodi-incoerenti.unita": { ...INDICATOR, midDate: "date", mid: "figure", endDate: "date", end: "figure" },
  "target-periodi-incoerenti.verso": { ...INDICATOR, midDate: "date", mid: "figure", endDate: "date", end: "figure", direction: "direction" },
  "target-sotto-baseline": { ...INDICATOR, date: "date", target: "figure", baseline: "figure", year: "code?", direction: "direction" },
  "target-gia-raggiunto": { ...INDICATOR, period: "date", result: "value", endDate: "date", target: "value" },
  "unita-incoerenti.unita": { ...INDICATOR, role: "role", figure: "figure", against: "role", againstFigure: "figure" },
  "unita-incoerenti.forma": { ...INDICATOR, period: "date", reason: "localized" },
  // results
  "risultato-mancante": { ...INDICATOR, period: "date", target: "value", written: "text" },
  "scostamento-errato.valori-ambigui": { period: "date", declared: "figure", target: "figure", readings: "readings" },
  "scostamento-errato.non-dichiarato": { ...INDICATOR, period: "date", written: "value", deviation: "signed", explanation: "localized" },
  "scostamento-errato.convenzione-dfp": { ...INDICATOR, period: "date", declared: "figure", deviation: "signed" },
  "scostamento-errato.convenzione-positiva": { ...INDICATOR, period: "date", declared: "figure", deviation: "signed" },
  "scostamento-errato.altra-convenzione": { count: "count", convention: CONVENTIONS, codes: "codes" },
  "scostamento-errato.diverso": { ...INDICATOR, period: "date", declared: "figure", deviation: "signed", explanation: "localized", convention: CONVENTIONS },
  "raggiungimento-errato.diverso": { ...INDICATOR, period: "date", declared: "figure", achievement: "share", explanation: "localized" },
  "scostamento-critico": { ...INDICATOR, period: "date", achievement: "share", result: "value", target: "value", threshold: "share", explanation: "localized" },
  "revisione-incoerente.valore": { ...INDICATOR, field: ["forecast30_6", "actual30_6", "forecast31_12"], written: "value", planned: "value", replaced: "flag" },
  "revisione-incoerente.obiettivo-inesistente": { objective: "code" },
  "revisione-incoerente.indicatore-inesistente": { ...INDICATOR, numbers: "codes" },
  "polarita-dedotta.illeggibile": { ...INDICATOR, written: "text", polarity: "polarity", reason: "localized", near: "code?" },
  "polarita-dedotta.dedotta": { ...INDICATOR, polarity: "polarity", reason: "localized" },
  "milestone-dedotta": { ...INDICATOR, period: "date", result: "text", target: "text" },
  "valore-progetto-incoerente.prodotto": { objective: "code", fund: "code", unitValue: "figure", coefficient: "figure", product: "figure", total: "figure", fromRelevance: "flag" },
  "valore-progetto-incoerente.illeggibile": { objective: "code", fund: "code", text: "text", problem: ["noFigures", "tooMany", "badNumber"] },
} as const satisfies Record<string, Record<string, ParamSpec>>;

export type MessageKey = keyof typeof MESSAGE_PARAMETERS;

export const MESSAGE_KEYS = Object.keys(MESSAGE_PARAMETERS) as MessageKey[];

type ParamType<S> = S extends readonly (infer Choice)[]
  ? Choice
  : S extends `${infer K extends ParamKind}?`
    ? KindTypes[K] | null
    : S extends ParamKind
      ? KindTypes[S]
      : never;

/** The parameters of one key, typed from its declaration. */
export type ParamsOf<K extends MessageKey> = { readonly [P in keyof (typeof MESSAGE_PARAMETERS)[K]]: ParamType<(typeof MESSAGE_PARAMETERS)[K][P]> };

/** A key with its parameters, correlated: what a rule emits. */
export type MessageText = { [K in MessageKey]: { key: K; params: ParamsOf<K> } }[MessageKey];

/** Any value a parameter may hold. */
export type ParamValue = KindTypes[ParamKind] | string | null;

/** The parameters of some key, as an anomaly stores them. */
export type MessageParams = Readonly<Record<string, ParamValue>>;
