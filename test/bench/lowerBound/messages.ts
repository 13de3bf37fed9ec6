/**
 * The lower bound's Italian messages: one sentence per anomaly, written only for the anomalies
 * found, quoting the same figures as the core's (simpler sentences, the same facts).
 */
import type { ValueColumn } from "./templatePlan";
import { BOUND, figureText, italian, PERCENT, QUANTITY } from "./templateValues";

/** "l'indicatore 3 dell'obiettivo 1.2". */
export function indicatorWords(code: string, number: string): string {
  return `l'indicatore ${number} dell'obiettivo ${code}`;
}

/** A cell's value for a message: its figure ("45%", "almeno 300") or its text, quoted. */
export function describe(column: ValueColumn, row: number): string {
  const kind = column.kind[row];
  if (kind === QUANTITY) return figureText(column.value[row] ?? 0, column.unit[row] ?? 0);
  if (kind === BOUND) return `almeno ${figureText(column.value[row] ?? 0, column.unit[row] ?? 0)}`;
  const raw = column.raw(row);
  return `'${typeof raw === "string" ? raw.trim() : String(raw ?? "")}'`;
}

/** A fraction as a percentage: 0.5 -> "50%". */
export function share(fraction: number): string {
  return `${italian(fraction * 100)}%`;
}

/** A deviation with its sign: "+24", "-0,13%". */
export function signed(value: number, unit: number): string {
  const text = figureText(value, unit);
  return value > 0 ? `+${text}` : text;
}

/** "12% + 30% = 42%". */
export function sumWords(weights: readonly number[], sum: number): string {
  return `${weights.map(share).join(" + ")} = ${share(sum)}`;
}

/** Percentage points: 0.05 -> "5 punti percentuali". */
export function points(difference: number): string {
  const value = Math.abs(difference) * 100;
  return `${italian(value, value > 0 && value < 0.01 ? 4 : 2)} ${value === 1 ? "punto percentuale" : "punti percentuali"}`;
}

export const messages = {
  missingTarget: (who: string) => `${who} non ha un target al 31/12: a fine anno non sarà valutabile.`,
  missingResult: (who: string, target: string) => `${who} ha un target al 30/6 (${target}) ma nessun risultato.`,
  critical: (who: string, achievement: number, result: string, target: string) =>
    `Al 30/6 ${who} è raggiunto al ${share(achievement)} (risultato ${result}, target ${target}), sotto la soglia critica del 50%.`,
  alreadyMet: (who: string, result: string, target: string) =>
    `Il risultato al 30/6 dell'${who.slice(2)} (${result}) raggiunge già il target al 31/12 (${target}), senza una revisione del target.`,
  wrongDeviation: (who: string, declared: string, computed: string) => `Lo scostamento dichiarato al 30/6 dell'${who.slice(2)} è ${declared}, quello calcolato è ${computed}.`,
  undeclaredDeviation: (who: string, computed: string) => `Lo scostamento al 30/6 dell'${who.slice(2)} non è dichiarato, ma quello calcolato è ${computed}.`,
  otherConvention: (who: string, declared: string, computed: string) =>
    `Lo scostamento dichiarato al 30/6 dell'${who.slice(2)} (${declared}) è scritto come realizzato - atteso; quello calcolato (positivo = meglio) è ${computed}.`,
  ambiguousDeviation: (declared: string, listed: string) => `Lo scostamento dichiarato al 30/6 (${declared}) non corrisponde a nessuno dei valori del risultato: ${listed}.`,
  ambiguous: (role: string, text: string, listed: string) => `${role} «${text}» contiene più valori: ${listed}. Non si può sceglierne uno senza indovinare.`,
  unreadable: (role: string, text: string) => `${role} contiene il valore illeggibile «${text}».`,
  indicatorWeights: (code: string, sum: string, expected: string, difference: string) => `I pesi degli indicatori dell'obiettivo ${code} sommano a ${sum}, non a ${expected}: ${difference}.`,
  indicatorWeightsRounding: (code: string, sum: string, expected: string, difference: string) =>
    `I pesi degli indicatori dell'obiettivo ${code} sommano a ${sum} invece di ${expected}: ${difference} di arrotondamento.`,
  managerWeights: (title: string, codes: string, sum: string, difference: string) => `I pesi ${title} (${codes}) sommano a ${sum}, non a 100%: ${difference}.`,
  managerWeightsRounding: (title: string, codes: string, sum: string, difference: string) => `I pesi ${title} (${codes}) sommano a ${sum}: ${difference} di arrotondamento.`,
  mixedScales: (title: string, listed: string) => `I pesi ${title} sono scritti in scale diverse: ${listed}.`,
  inconsistentWeight: (code: string, own: number, manager: string, current: number, column: string) =>
    `Il peso dell'obiettivo ${code} nel foglio obiettivi (${share(own)}) non coincide con quello della tabella dei pesi per ${manager} (${share(current)} nella colonna «${column}»).`,
  revisedWeight: (code: string, own: number, earlier: string, current: number, column: string) =>
    `Il peso dell'obiettivo ${code} (${share(own)}) è quello della colonna «${earlier}»; nella colonna «${column}» è ${share(current)}.`,
  notInWeights: (code: string) => `L'obiettivo ${code} non compare nella tabella dei pesi.`,
  unknownInWeights: (manager: string, code: string) => `La tabella dei pesi assegna a ${manager} l'obiettivo «${code}», che non esiste nel piano.`,
  invalidWeight: (where: string, value: string) => `Il peso ${where} è ${value}, che non è un peso.`,
  negativeWeight: (where: string, value: string) => `Il peso ${where} è negativo (${value}).`,
  weightAboveWhole: (where: string, value: string, weight: number) => `Il peso ${where} (${value}) vale ${share(weight)}: più del 100%.`,
  blankIndicatorWeight: (who: string, count: number) => `${who[0]?.toUpperCase() ?? ""}${who.slice(1)} non ha un peso, e l'obiettivo ha ${count} indicatori.`,
  blankCurrentWeight: (code: string, manager: string, column: string) => `Nella tabella dei pesi l'obiettivo ${code} di ${manager} non ha un peso nella colonna «${column}».`,
  blankOwnShare: (code: string) => `L'obiettivo strategico ${code} ha indicatori propri e obiettivi che vi contribuiscono, ma non la quota degli indicatori propri.`,
  unmeasurable: (who: string, text: string, conditional: boolean) =>
    `Il target dell'${who.slice(2)}, «${text}», ${conditional ? "è condizionato: non è verificabile" : "descrive un'attività continuativa"}.`,
  targetUnits: (who: string, mid: string, end: string) => `I target dell'${who.slice(2)} sono in unità diverse: al 30/6 ${mid}, al 31/12 ${end}.`,
  targetsBackwards: (who: string, end: string, mid: string, direction: string) => `Il target al 31/12 dell'${who.slice(2)} (${end}) va contro quello al 30/6 (${mid}) per un indicatore ${direction}.`,
  belowBaseline: (who: string, target: string, baseline: string, direction: string) =>
    `Il target al 31/12 dell'${who.slice(2)} (${target}) è meno ambizioso della baseline (${baseline}) per un indicatore ${direction}.`,
  units: (who: string, role: string, value: string, otherRole: string, other: string) => `Nell'${who.slice(2)} ${role} è ${value} e ${otherRole} ${other}: unità diverse.`,
  kinds: (who: string, result: string, target: string) => `Al 30/6 ${who} non è valutabile: il risultato ${result} e il target ${target} non si possono confrontare.`,
  guessedMilestone: (who: string, result: string, target: string) => `Il risultato al 30/6 dell'${who.slice(2)}, «${result}», è letto come milestone realizzata ma non riprende il target «${target}».`,
  duplicate: (what: string, row: number, first: number) => `${what} compare più volte: alla riga ${row} e prima alla ${first}.`,
  withoutIndicators: (code: string, title: string) => `L'obiettivo ${code} («${title}») non ha indicatori.`,
  orphanIndicator: (number: string, code: string) => `L'indicatore ${number} rimanda all'obiettivo «${code}», che non esiste nel piano.`,
  orphanObjective: (code: string, parent: string) => `L'obiettivo ${code} rimanda a «${parent}», che non è un obiettivo strategico del piano.`,
  revisionUnknown: (code: string, number: string) => `La revisione rimanda all'indicatore «${number}» dell'obiettivo «${code}», che non esiste nel piano.`,
  revisionDiffers: (what: string, value: string, planned: string) => `Nella revisione ${what} è ${value}, mentre nel piano è ${planned}.`,
  emptyWeights: (sheet: string) => `Nel foglio «${sheet}» la colonna dei pesi degli indicatori è vuota.`,
};

/** "75%" for a fraction written as a percentage; for other units the figure. */
export function weightText(column: ValueColumn, row: number): string {
  return column.unit[row] === PERCENT ? describe(column, row) : figureText(column.value[row] ?? 0, 0);
}
