/**
 * The weight checks of the lower bound, each group of weights read once: the indicator weights of
 * each objective, each Pesi column per manager, the objectives sheet's weights per manager, the
 * own shares. A weight is read in its group's scale (70% percent; 0,7 a fraction; 70 a number out
 * of 100; a 1 or a 0 takes the others' scale), as the design says. From the readings:
 * pesi-indicatori, pesi-obiettivi, peso-non-valido, pesi-scala-mista, peso-incoerente; and the
 * indicator weights the scores use.
 */
import { type AnomalyList, INDICATORS_SHEET, OBJECTIVES_SHEET, WEIGHTS_SHEET } from "./anomalyList";
import { messages, points, sumWords, weightText, describe, indicatorWords } from "./messages";
import type { PlanIndex } from "./planIndex";
import type { TemplatePlan, ValueColumn } from "./templatePlan";
import { CODES, UnknownForm } from "./templateValues";

const { AMBIGUOUS, EURO, PERCENT, PLACEHOLDER, QUANTITY, UNREADABLE } = CODES;

const FRACTION = 0;
const PERCENT_SCALE = 1;
const WHOLE = 2;
const MIXED = 3;
const NO_SCALE = -1;
/** The Pesi row's place: its objective code (column B). */
const CODE_COLUMN = 1;
const SCALE_WORDS = ["frazione", "percentuale", "numero su 100"];

/** Tolerance on weight sums: 0,1 percentage points, and the floating-point allowance. */
const TOLERANCE = 0.001;
const NOISE = 1e-12;

/** A group of weights read together; `weights` NaN where none was read, `scales` -1 there. */
interface GroupReading {
  count: number;
  weights: Float64Array;
  scales: Int8Array;
  invalid: Uint8Array;
  invalidCount: number;
  scale: number;
}

const BLANK = -2;
const INVALID = -3;
const ONE = -4;
const ZERO = -5;

function readingOf(column: ValueColumn, row: number): number {
  const kind = column.kind[row];
  if (kind === PLACEHOLDER) return BLANK;
  if (kind !== QUANTITY) return INVALID;
  const unit = column.unit[row];
  if (unit === PERCENT) return PERCENT_SCALE;
  if (unit === EURO) return INVALID;
  const size = Math.abs(column.value[row] ?? 0);
  return size === 0 ? ZERO : size === 1 ? ONE : size > 1 ? WHOLE : FRACTION;
}

/** Reads `rows` of `column` as one group (interpretWeights of the design). */
function readGroup(column: ValueColumn, rows: ArrayLike<number>, from: number, to: number): GroupReading {
  const count = to - from;
  const reading: GroupReading = { count, weights: new Float64Array(count), scales: new Int8Array(count), invalid: new Uint8Array(count), invalidCount: 0, scale: NO_SCALE };
  let fraction = false;
  let percent = false;
  let whole = false;
  let one = false;
  for (let m = 0; m < count; m++) {
    const r = readingOf(column, rows[from + m] ?? 0);
    reading.scales[m] = r;
    if (r === FRACTION) fraction = true;
    else if (r === PERCENT_SCALE) percent = true;
    else if (r === WHOLE) whole = true;
    else if (r === ONE) one = true;
  }
  const oneScale = whole && !fraction ? WHOLE : FRACTION;
  if (one) {
    if (oneScale === WHOLE) whole = true;
    else fraction = true;
  }
  const definite = (fraction ? 1 : 0) + (percent ? 1 : 0) + (whole ? 1 : 0);
  const zeroScale = definite === 1 ? (fraction ? FRACTION : percent ? PERCENT_SCALE : WHOLE) : oneScale;
  let seen = 0;
  for (let m = 0; m < count; m++) {
    const r = reading.scales[m] ?? BLANK;
    const value = column.value[rows[from + m] ?? 0] ?? 0;
    let scale = r;
    if (r === WHOLE) reading.weights[m] = value / 100;
    else if (r === FRACTION || r === PERCENT_SCALE) reading.weights[m] = value;
    else if (r === ONE) {
      scale = oneScale;
      reading.weights[m] = oneScale === WHOLE ? value / 100 : value;
    } else if (r === ZERO) {
      scale = zeroScale;
      reading.weights[m] = 0;
    } else {
      scale = NO_SCALE;
      reading.weights[m] = Number.NaN;
      if (r === INVALID) {
        reading.invalid[m] = 1;
        reading.invalidCount++;
      }
    }
    reading.scales[m] = scale;
    if (scale >= 0) seen |= 1 << scale;
  }
  reading.scale = seen === 0 ? NO_SCALE : (seen & (seen - 1)) !== 0 ? MIXED : Math.log2(seen);
  return reading;
}

/** The own share of a strategic objective as a fraction in (0, 1], or NaN. */
export function ownShareOf(plan: TemplatePlan, o: number): number {
  const { objectives } = plan;
  if (objectives.strategic[o] !== 1) return Number.NaN;
  const reading = readGroup(objectives.ownShare, [o], 0, 1);
  const share = reading.weights[0] ?? Number.NaN;
  return share > 0 && share <= 1 ? share : Number.NaN;
}

interface Member {
  sheet: number;
  row: number;
  col: number;
  objective: string;
  indicator?: string;
}

/** Where the members of a group are, for findings. */
type Locate = (m: number) => Member;

function sumOf(reading: GroupReading): { sum: number; read: number[]; first: number } {
  let sum = 0;
  const read: number[] = [];
  let first = -1;
  for (let m = 0; m < reading.count; m++) {
    const w = reading.weights[m] ?? Number.NaN;
    if (Number.isNaN(w)) continue;
    if (first < 0) first = m;
    sum += w;
    read.push(w);
  }
  return { sum, read, first };
}

function mixedScales(list: AnomalyList, reading: GroupReading, title: string, locate: Locate, column: ValueColumn, rowOf: (m: number) => number): void {
  if (reading.scale !== MIXED) return;
  const counts = [0, 0, 0];
  const order: number[] = [];
  for (let m = 0; m < reading.count; m++) {
    const s = reading.scales[m] ?? NO_SCALE;
    if (s < 0) continue;
    if (counts[s] === 0) order.push(s);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  let minority = order[0] ?? 0;
  for (const s of order) if ((counts[s] ?? 0) < (counts[minority] ?? 0)) minority = s;
  let at = 0;
  while ((reading.scales[at] ?? NO_SCALE) !== minority) at++;
  const listed: string[] = [];
  for (let m = 0; m < reading.count; m++) {
    const s = reading.scales[m] ?? NO_SCALE;
    if (s >= 0) listed.push(`${weightText(column, rowOf(m))} (${SCALE_WORDS[s] ?? ""})`);
  }
  const member = locate(at);
  list.add("pesi-scala-mista", "avviso", member.sheet, member.row, member.col, member.objective, member.indicator, messages.mixedScales(title, listed.join(", ")));
}

function valueProblems(list: AnomalyList, reading: GroupReading, locate: Locate, column: ValueColumn, rowOf: (m: number) => number, where: (member: Member) => string): void {
  for (let m = 0; m < reading.count; m++) {
    const row = rowOf(m);
    const weight = reading.weights[m] ?? Number.NaN;
    let message: string | undefined;
    if (reading.invalid[m] === 1) {
      const kind = column.kind[row];
      if (kind === UNREADABLE || kind === AMBIGUOUS) continue;
      message = messages.invalidWeight(where(locate(m)), describe(column, row));
    } else if (weight < 0) message = messages.negativeWeight(where(locate(m)), describe(column, row));
    else if (weight > 1) message = messages.weightAboveWhole(where(locate(m)), describe(column, row), weight);
    if (message === undefined) continue;
    const member = locate(m);
    list.add("peso-non-valido", "errore", member.sheet, member.row, member.col, member.objective, member.indicator, message);
  }
}

function managerKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

const plainNames = new Map<string, string>();
function plainName(name: string): string {
  let plain = plainNames.get(name);
  if (plain === undefined) {
    plain = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    plainNames.set(name, plain);
  }
  return plain;
}

function sameManager(a: string, b: string): boolean {
  const x = plainName(a);
  const y = plainName(b);
  return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
}

/** Runs the weight checks; returns each indicator's weight as read in its objective's group (NaN: none). */
export function checkWeights(plan: TemplatePlan, index: PlanIndex, list: AnomalyList): Float64Array {
  const { objectives, indicators, weights } = plan;
  if (weights.size === 0) throw new UnknownForm("Pesi", "tabella dei pesi vuota: il limite inferiore non somma i pesi del foglio obiettivi");
  const indicatorWeight = new Float64Array(indicators.size).fill(Number.NaN);
  const weightCol = indicators.weight.col;

  // Indicator weights of each objective (first objective of each code).
  for (let o = 0; o < objectives.size; o++) {
    const code = objectives.code[o] ?? "";
    if (index.objectiveRow.get(code) !== o) continue;
    const from = index.start[o] ?? 0;
    const to = index.start[o + 1] ?? 0;
    const reading = readGroup(indicators.weight, index.members, from, to);
    const rowOf = (m: number) => index.members[from + m] ?? 0;
    const locate: Locate = (m) => ({ sheet: INDICATORS_SHEET, row: rowOf(m), col: weightCol, objective: indicators.code[rowOf(m)] ?? "", indicator: indicators.number[rowOf(m)] ?? "" });
    for (let m = 0; m < reading.count; m++) indicatorWeight[rowOf(m)] = reading.weights[m] ?? Number.NaN;
    mixedScales(list, reading, `degli indicatori dell'obiettivo ${code}`, locate, indicators.weight, rowOf);
    valueProblems(list, reading, locate, indicators.weight, rowOf, (member) => `dell'indicatore ${member.indicator ?? ""} dell'obiettivo ${member.objective}`);
    // pesi-indicatori
    const { sum, read, first } = sumOf(reading);
    if (read.length === 0 || read.length !== reading.count || reading.invalidCount > 0) continue;
    const share = ownShareOf(plan, o);
    const expectations = Number.isNaN(share) || share === 1 ? [1] : [share, 1];
    let exact = false;
    let rounded = -1;
    for (const expected of expectations) {
      const size = Math.abs(sum - expected);
      if (size <= TOLERANCE + NOISE) {
        if (size <= NOISE) exact = true;
        else if (rounded < 0) rounded = expected;
      }
    }
    if (exact) continue;
    const at = locate(first);
    if (rounded >= 0) {
      list.add("pesi-indicatori", "info", at.sheet, at.row, at.col, code, undefined, messages.indicatorWeightsRounding(code, sumWords(read, sum), `${rounded * 100}%`, points(sum - rounded)));
      continue;
    }
    let nearest = expectations[0] ?? 1;
    for (const expected of expectations) if (Math.abs(sum - expected) < Math.abs(sum - nearest)) nearest = expected;
    const difference = `${points(sum - nearest)} ${sum - nearest > 0 ? "in più" : "in meno"}`;
    list.add("pesi-indicatori", "errore", at.sheet, at.row, at.col, code, undefined, messages.indicatorWeights(code, sumWords(read, sum), `${nearest * 100}%`, difference));
  }

  // Blank indicator weights where the objective has others.
  for (let o = 0; o < objectives.size; o++) {
    const from = index.start[o] ?? 0;
    const to = index.start[o + 1] ?? 0;
    if (to - from < 2 || index.objectiveRow.get(objectives.code[o] ?? "") !== o) continue;
    let blanks = 0;
    for (let m = from; m < to; m++) if (indicators.weight.kind[index.members[m] ?? 0] === PLACEHOLDER) blanks++;
    if (blanks === 0 || blanks === to - from) continue;
    for (let m = from; m < to; m++) {
      const i = index.members[m] ?? 0;
      if (indicators.weight.kind[i] !== PLACEHOLDER) continue;
      const who = indicatorWords(indicators.code[i] ?? "", indicators.number[i] ?? "");
      list.add("peso-non-valido", "avviso", INDICATORS_SHEET, i, weightCol, indicators.code[i], indicators.number[i], messages.blankIndicatorWeight(who, to - from));
    }
  }

  // Pesi: each column per manager, in the order managers first appear.
  const byManager = new Map<string, number[]>();
  for (let w = 0; w < weights.size; w++) {
    const key = managerKey(weights.manager[w] ?? "");
    const rows = byManager.get(key);
    if (rows) rows.push(w);
    else byManager.set(key, [w]);
  }
  const pesiWeight = [new Float64Array(weights.size), new Float64Array(weights.size)];
  const header = weights.grid.values[0] ?? [];
  for (const rows of byManager.values()) {
    const manager = weights.manager[rows[0] ?? 0] ?? "";
    [weights.initial, weights.revised].forEach((column, c) => {
      const reading = readGroup(column, rows, 0, rows.length);
      const rowOf = (m: number) => rows[m] ?? 0;
      const locate: Locate = (m) => ({ sheet: WEIGHTS_SHEET, row: rowOf(m), col: column.col, objective: weights.code[rowOf(m)] ?? "" });
      for (let m = 0; m < reading.count; m++) (pesiWeight[c] as Float64Array)[rowOf(m)] = reading.weights[m] ?? Number.NaN;
      const title = `degli obiettivi di ${manager} nella colonna «${String(header[column.col] ?? "")}»`;
      mixedScales(list, reading, title, locate, column, rowOf);
      valueProblems(list, reading, locate, column, rowOf, (member) => `dell'obiettivo ${member.objective}`);
      // pesi-obiettivi
      const { sum, read, first } = sumOf(reading);
      if (first < 0 || reading.invalidCount > 0) return;
      const size = Math.abs(sum - 1);
      if (size <= NOISE) return;
      const codes: string[] = [];
      for (let m = 0; m < reading.count; m++) if (!Number.isNaN(reading.weights[m] ?? Number.NaN)) codes.push(weights.code[rowOf(m)] ?? "");
      const at = locate(first);
      if (size <= TOLERANCE + NOISE) {
        list.add("pesi-obiettivi", "info", at.sheet, at.row, at.col, at.objective, undefined, messages.managerWeightsRounding(title, codes.join(", "), sumWords(read, sum), points(sum - 1)));
      } else {
        const difference = `${points(sum - 1)} ${sum - 1 > 0 ? "in più" : "in meno"}`;
        list.add("pesi-obiettivi", "errore", at.sheet, at.row, at.col, at.objective, undefined, messages.managerWeights(title, codes.join(", "), sumWords(read, sum), difference));
      }
    });
  }
  for (let w = 0; w < weights.size; w++) {
    if (weights.revised.kind[w] !== PLACEHOLDER) continue;
    list.add("peso-non-valido", "avviso", WEIGHTS_SHEET, w, weights.revised.col, weights.code[w], undefined, messages.blankCurrentWeight(weights.code[w] ?? "", weights.manager[w] ?? "", String(header[weights.revised.col] ?? "")));
  }

  // The objectives sheet's weights, per manager.
  const objectivesByManager = new Map<string, number[]>();
  for (let o = 0; o < objectives.size; o++) {
    const key = managerKey(objectives.manager[o] ?? "");
    const rows = objectivesByManager.get(key);
    if (rows) rows.push(o);
    else objectivesByManager.set(key, [o]);
  }
  const ownWeight = new Float64Array(objectives.size);
  for (const rows of objectivesByManager.values()) {
    const manager = objectives.manager[rows[0] ?? 0] ?? "";
    const reading = readGroup(objectives.weight, rows, 0, rows.length);
    const rowOf = (m: number) => rows[m] ?? 0;
    const locate: Locate = (m) => ({ sheet: OBJECTIVES_SHEET, row: rowOf(m), col: objectives.weight.col, objective: objectives.code[rowOf(m)] ?? "" });
    for (let m = 0; m < reading.count; m++) ownWeight[rowOf(m)] = reading.weights[m] ?? Number.NaN;
    mixedScales(list, reading, manager === "" ? "degli obiettivi senza responsabile" : `degli obiettivi di ${manager}`, locate, objectives.weight, rowOf);
    valueProblems(list, reading, locate, objectives.weight, rowOf, (member) => `dell'obiettivo ${member.objective}`);
  }

  // Own shares, each alone; a blank one where the objective has both own indicators and contributors.
  for (let o = 0; o < objectives.size; o++) {
    const code = objectives.code[o] ?? "";
    const share = objectives.ownShare;
    if (share.kind[o] !== PLACEHOLDER) {
      const reading = readGroup(share, [o], 0, 1);
      const locate: Locate = () => ({ sheet: OBJECTIVES_SHEET, row: o, col: share.col, objective: code });
      valueProblems(list, reading, locate, share, () => o, () => `(la quota degli indicatori propri) dell'obiettivo ${code}`);
    } else if (objectives.strategic[o] === 1 && index.isParent[o] === 1 && (index.start[o + 1] ?? 0) > (index.start[o] ?? 0)) {
      list.add("peso-non-valido", "avviso", OBJECTIVES_SHEET, o, share.col, code, undefined, messages.blankOwnShare(code));
    }
  }

  // peso-incoerente: the objectives sheet against the Pesi table's current column.
  if (weights.size > 0) {
    const current = pesiWeight[1] as Float64Array;
    const initial = pesiWeight[0] as Float64Array;
    const close = (w: number, own: number) => !Number.isNaN(w) && Math.abs(w - own) <= TOLERANCE + NOISE;
    for (let o = 0; o < objectives.size; o++) {
      const code = objectives.code[o] ?? "";
      if (index.objectiveRow.get(code) !== o) continue;
      const rows = index.weightRows.get(code);
      if (rows === undefined) {
        list.add("peso-incoerente", "avviso", OBJECTIVES_SHEET, o, 0, code, undefined, messages.notInWeights(code));
        continue;
      }
      const own = ownWeight[o] ?? Number.NaN;
      if (Number.isNaN(own)) continue;
      const manager = objectives.manager[o] ?? "";
      const mine = manager === "" ? [] : rows.filter((w) => sameManager(weights.manager[w] ?? "", manager));
      const candidates = mine.length > 0 ? mine : rows;
      if (candidates.some((w) => close(current[w] ?? Number.NaN, own))) continue;
      const row = candidates[0] ?? 0;
      const now = current[row] ?? Number.NaN;
      if (Number.isNaN(now)) continue;
      const column = String(header[weights.revised.col] ?? "");
      if (close(initial[row] ?? Number.NaN, own)) {
        list.add("peso-incoerente", "info", OBJECTIVES_SHEET, o, objectives.weight.col, code, undefined, messages.revisedWeight(code, own, String(header[weights.initial.col] ?? ""), now, column));
      } else {
        list.add("peso-incoerente", "avviso", OBJECTIVES_SHEET, o, objectives.weight.col, code, undefined, messages.inconsistentWeight(code, own, weights.manager[row] ?? "", now, column));
      }
    }
    for (let w = 0; w < weights.size; w++) {
      const code = weights.code[w] ?? "";
      if (index.objectiveRow.has(code)) continue;
      list.add("peso-incoerente", "avviso", WEIGHTS_SHEET, w, CODE_COLUMN, code, undefined, messages.unknownInWeights(weights.manager[w] ?? "", code));
    }
  }
  return indicatorWeight;
}
