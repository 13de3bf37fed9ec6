/**
 * The lower bound's checks other than weights, in one pass over each table, reading the
 * evaluations made once per indicator: structure (duplicates, orphans, objectives without
 * indicators, an empty weight column), values (unreadable, ambiguous), targets (missing,
 * unmeasurable, periods, baseline, already met, units), results (missing, declared deviation,
 * critical, guessed milestones) and revisions. The decisions are the design's, with the default
 * settings, at 30/6 against the 31/12 target of the year.
 */
import { type AnomalyList, INDICATORS_SHEET, OBJECTIVES_SHEET, REVISIONS_SHEET, WEIGHTS_SHEET } from "./anomalyList";
import { EVALUATION_CODES, type Evaluations, evaluatePair, type PairOutcome, relativeDeviation, tidy } from "./evaluation";
import { describe, indicatorWords, messages, signed } from "./messages";
import { indicatorKey, type PlanIndex } from "./planIndex";
import { POLARITIES, type TemplatePlan, type ValueColumn } from "./templatePlan";
import { CODES, figureText, isFigure, UnknownForm } from "./templateValues";

const { AMBIGUOUS, BOUND, DONE, MILESTONE, OUTCOME, PERCENT, PLACEHOLDER, QUANTITY, UNREADABLE } = CODES;
const { DECREASING, MILESTONE_POLARITY } = POLARITIES;
const { INCOMPATIBLE, OK } = EVALUATION_CODES;

/** A declared deviation may differ from the computed one by 0,5% of |target|. */
const DEVIATION_TOLERANCE = 0.005;
const CRITICAL = 0.5;
const ACHIEVED = 1 - 1e-9;

const CONDITIONAL = /(?:^|\P{L})(?:eventual[ei]|eventualmente|se necessari[oa]|ove necessari[oa]|ove possibile|se possibile|qualora|facoltativ[oaie]|a richiesta)(?!\p{L})/iu;
const ONGOING =
  /^(?:monitoraggio|miglioramento|potenziamento|rafforzamento|supporto|sostegno|sviluppo|gestione|promozione|valorizzazione|sensibilizzazione|coordinamento|collaborazione|assistenza|presidio|mantenimento|prosecuzione|proseguimento|consolidamento|ottimizzazione|partecipazione)(?!\p{L})/iu;

function deviationMatches(declared: number, computed: number, target: number): boolean {
  const scale = target === 0 ? 1 : Math.abs(target);
  return Math.abs(declared - computed) <= DEVIATION_TOLERANCE * scale + Number.EPSILON * Math.max(1, Math.abs(computed));
}

function agrees(declared: number, declaredUnit: number, deviation: number, relative: number, unit: number, target: number): boolean {
  if (declaredUnit === unit || (declaredUnit !== PERCENT && unit !== PERCENT)) return deviationMatches(declared, deviation, target);
  if (unit === PERCENT) return deviationMatches(declared / 100, deviation, target);
  return !Number.isNaN(relative) && deviationMatches(declared, relative, 1);
}

function text(column: ValueColumn, row: number): string {
  const raw = column.raw(row);
  return typeof raw === "string" ? raw.trim().replace(/\s+/g, " ") : String(raw ?? "");
}

/** Whether two cells say the same thing (a restated value): 1 yes, 0 no, -1 cannot tell. */
function sameValue(a: ValueColumn, ar: number, b: ValueColumn, br: number, tolerance: number): number {
  const ak = a.kind[ar] ?? PLACEHOLDER;
  const bk = b.kind[br] ?? PLACEHOLDER;
  const araw = a.raw(ar);
  const braw = b.raw(br);
  if (typeof araw === "string" && typeof braw === "string" && araw.trim().toLowerCase() === braw.trim().toLowerCase()) return 1;
  if (ak === PLACEHOLDER || bk === PLACEHOLDER) return ak === bk ? 1 : 0;
  if (bk === AMBIGUOUS) {
    if (!isFigure(ak)) return -1;
    const wanted = a.value[ar] ?? 0;
    const percent = a.unit[ar] === PERCENT;
    return (b.candidates.get(br) ?? []).some((c) => !percent && close(c.value, wanted, tolerance)) ? 1 : 0;
  }
  if (ak === UNREADABLE || ak === AMBIGUOUS || bk === UNREADABLE) return -1;
  if (ak === MILESTONE && bk === MILESTONE) return a.aux[ar] === b.aux[br] ? 1 : 0;
  if (isFigure(ak) && isFigure(bk)) return (a.unit[ar] === PERCENT) === (b.unit[br] === PERCENT) && close(a.value[ar] ?? 0, b.value[br] ?? 0, tolerance) ? 1 : 0;
  return 0;
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

/** Five-letter stems of the words of four letters or more, without accents. */
function stems(words: string): Set<string> {
  const plain = words.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ");
  return new Set(plain.split(" ").filter((word) => word.length >= 4).map((word) => word.slice(0, 5)));
}

/** A placeholder or a failure: other rules speak of it. */
function unjudged(kind: number): boolean {
  return kind === PLACEHOLDER || kind === UNREADABLE || kind === AMBIGUOUS;
}

function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** valore-illeggibile and valore-ambiguo for one checked cell. */
function valueCell(list: AnomalyList, column: ValueColumn, row: number, sheet: number, role: string, secondary: boolean, objective: string | undefined, indicator: string | undefined): void {
  const kind = column.kind[row];
  if (kind === UNREADABLE) {
    list.add("valore-illeggibile", secondary ? "avviso" : "errore", sheet, row, column.col, objective, indicator, messages.unreadable(capitalised(role), text(column, row)));
  } else if (kind === AMBIGUOUS) {
    const listed = (column.candidates.get(row) ?? []).map((c) => `${figureText(c.value, 0)} ${c.label}`).join("; ");
    list.add("valore-ambiguo", secondary ? "avviso" : "errore", sheet, row, column.col, objective, indicator, messages.ambiguous(capitalised(role), text(column, row), listed));
  }
}

/** target-non-misurabile for a milestone target. */
function measurable(list: AnomalyList, column: ValueColumn, i: number, code: string, number: string): void {
  const words = text(column, i);
  if (CONDITIONAL.test(words)) list.add("target-non-misurabile", "avviso", INDICATORS_SHEET, i, column.col, code, number, messages.unmeasurable(indicatorWords(code, number), words, true));
  else if (ONGOING.test(words)) list.add("target-non-misurabile", "info", INDICATORS_SHEET, i, column.col, code, number, messages.unmeasurable(indicatorWords(code, number), words, false));
}

function checkIndicators(plan: TemplatePlan, index: PlanIndex, evaluations: Evaluations, list: AnomalyList): void {
  const ind = plan.indicators;
  const { baseline, target30, target31, weight, result30, declared30 } = ind;
  // An anomaly about the indicator as a whole points at its name (column C), as the core does.
  const nameCol = 2;
  const end: PairOutcome = { code: 0, achievement: 0, deviation: 0, unit: 0, decreasing: false };
  for (let i = 0; i < ind.size; i++) {
    const code = ind.code[i] ?? "";
    const number = ind.number[i] ?? "";
    const polarity = ind.polarity[i] ?? 0;
    const rk = result30.kind[i] ?? PLACEHOLDER;
    const mk = target30.kind[i] ?? PLACEHOLDER;
    const ek = target31.kind[i] ?? PLACEHOLDER;
    const bk = baseline.kind[i] ?? PLACEHOLDER;

    const first = index.firstIndicator[i] ?? i;
    if (first !== i) list.add("codice-duplicato", "errore", INDICATORS_SHEET, i, nameCol, code, number, messages.duplicate(capitalised(indicatorWords(code, number)), i + 2, first + 2));
    if ((index.indicatorObjective[i] ?? -1) < 0) list.add("indicatore-orfano", "errore", INDICATORS_SHEET, i, nameCol, code, number, messages.orphanIndicator(number, code));

    // The cells whose value a calculation needs.
    if (rk === AMBIGUOUS && mk === MILESTONE) throw new UnknownForm(text(result30, i), "risultato con più numeri contro una milestone");
    valueCell(list, weight, i, INDICATORS_SHEET, "il peso dell'indicatore", false, code, number);
    valueCell(list, baseline, i, INDICATORS_SHEET, "la baseline", true, code, number);
    valueCell(list, target30, i, INDICATORS_SHEET, "il target al 30/6", false, code, number);
    valueCell(list, target31, i, INDICATORS_SHEET, "il target al 31/12", false, code, number);
    valueCell(list, result30, i, INDICATORS_SHEET, "il risultato al 30/6", false, code, number);
    if (isFigure(mk)) valueCell(list, declared30, i, INDICATORS_SHEET, "lo scostamento dichiarato al 30/6", false, code, number);

    // Targets.
    if (ek === PLACEHOLDER) list.add("target-mancante", "errore", INDICATORS_SHEET, i, target31.col, code, number, messages.missingTarget(capitalised(indicatorWords(code, number))));
    if (mk === MILESTONE) measurable(list, target30, i, code, number);
    if (ek === MILESTONE) measurable(list, target31, i, code, number);
    const decreasingEnd = ek === BOUND ? false : polarity === DECREASING;
    if (isFigure(mk) && isFigure(ek)) {
      const mid = target30.value[i] ?? 0;
      const last = target31.value[i] ?? 0;
      if (target30.unit[i] !== target31.unit[i]) {
        list.add("target-periodi-incoerenti", "errore", INDICATORS_SHEET, i, target31.col, code, number, messages.targetUnits(indicatorWords(code, number), describe(target30, i), describe(target31, i)));
      } else if (decreasingEnd ? last > mid : last < mid) {
        list.add("target-periodi-incoerenti", "avviso", INDICATORS_SHEET, i, target31.col, code, number, messages.targetsBackwards(indicatorWords(code, number), describe(target31, i), describe(target30, i), decreasingEnd ? "decrescente" : "crescente"));
      }
    }
    if (isFigure(ek) && isFigure(bk) && target31.unit[i] === baseline.unit[i] && !(polarity === MILESTONE_POLARITY && ek !== BOUND)) {
      const last = target31.value[i] ?? 0;
      const base = baseline.value[i] ?? 0;
      if (decreasingEnd ? last > base : last < base) {
        list.add("target-sotto-baseline", "avviso", INDICATORS_SHEET, i, target31.col, code, number, messages.belowBaseline(indicatorWords(code, number), describe(target31, i), describe(baseline, i), decreasingEnd ? "decrescente" : "crescente"));
      }
    }
    const stationary = mk !== PLACEHOLDER && sameValue(target30, i, target31, i, 0) === 1;
    if (!stationary && index.revised[i] !== 1) {
      evaluatePair(result30, target31, i, polarity, end);
      if (end.code === OK && end.achievement >= ACHIEVED) {
        list.add("target-gia-raggiunto", "avviso", INDICATORS_SHEET, i, result30.col, code, number, messages.alreadyMet(indicatorWords(code, number), describe(result30, i), describe(target31, i)));
      }
    }

    // Units and kinds.
    const against = mk === PLACEHOLDER ? target31 : target30;
    const ak = against.kind[i] ?? PLACEHOLDER;
    if (isFigure(rk) && isFigure(ak) && result30.unit[i] !== against.unit[i]) {
      const role = mk === PLACEHOLDER ? "il target al 31/12" : "il target al 30/6";
      list.add("unita-incoerenti", "errore", INDICATORS_SHEET, i, result30.col, code, number, messages.units(indicatorWords(code, number), "il risultato al 30/6", describe(result30, i), role, describe(against, i)));
    } else {
      const comparable = unjudged(rk) || unjudged(mk) || (rk !== BOUND && (rk === MILESTONE) === (mk === MILESTONE));
      if (!comparable && evaluations.code[i] === INCOMPATIBLE) {
        list.add("unita-incoerenti", "errore", INDICATORS_SHEET, i, result30.col, code, number, messages.kinds(indicatorWords(code, number), describe(result30, i), describe(target30, i)));
      }
    }
    if (isFigure(bk) && isFigure(ek) && baseline.unit[i] !== target31.unit[i]) {
      list.add("unita-incoerenti", "errore", INDICATORS_SHEET, i, baseline.col, code, number, messages.units(indicatorWords(code, number), "la baseline", describe(baseline, i), "il target al 31/12", describe(target31, i)));
    }

    // Results.
    if (rk === PLACEHOLDER && mk !== PLACEHOLDER) list.add("risultato-mancante", "errore", INDICATORS_SHEET, i, result30.col, code, number, messages.missingResult(capitalised(indicatorWords(code, number)), describe(target30, i)));
    declaredDeviation(plan, evaluations, list, i);
    const achievement = evaluations.achievement[i] ?? Number.NaN;
    if (evaluations.code[i] === OK && achievement < CRITICAL) {
      list.add("scostamento-critico", "avviso", INDICATORS_SHEET, i, result30.col, code, number, messages.critical(indicatorWords(code, number), achievement, describe(result30, i), describe(target30, i)));
    }
    if (rk === MILESTONE && mk === MILESTONE && result30.aux[i] === DONE && result30.basis[i] === OUTCOME) {
      const targetStems = stems(text(target30, i));
      if (![...stems(text(result30, i))].some((stem) => targetStems.has(stem))) {
        list.add("milestone-dedotta", "avviso", INDICATORS_SHEET, i, result30.col, code, number, messages.guessedMilestone(indicatorWords(code, number), text(result30, i), text(target30, i)));
      }
    }
  }
}

/** scostamento-errato for indicator i. */
function declaredDeviation(plan: TemplatePlan, evaluations: Evaluations, list: AnomalyList, i: number): void {
  const { result30, target30, declared30 } = plan.indicators;
  const code = plan.indicators.code[i] ?? "";
  const number = plan.indicators.number[i] ?? "";
  const dk = declared30.kind[i] ?? PLACEHOLDER;
  const rk = result30.kind[i] ?? PLACEHOLDER;
  const declared = declared30.value[i] ?? 0;
  const target = isFigure(target30.kind[i] ?? PLACEHOLDER) ? (target30.value[i] ?? 0) : 0;
  if (isFigure(dk) && (rk === UNREADABLE || rk === AMBIGUOUS)) {
    if (rk !== AMBIGUOUS || !isFigure(target30.kind[i] ?? PLACEHOLDER) || target30.unit[i] !== 0) return;
    const decreasing = plan.indicators.polarity[i] === DECREASING;
    const readings = (result30.candidates.get(i) ?? []).map((c) => ({ value: c.value, deviation: tidy(decreasing ? target - c.value : c.value - target) }));
    if (readings.length === 0 || readings.some((r) => deviationMatches(declared, r.deviation, target))) return;
    const listed = readings.map((r) => `${figureText(r.value, 0)} dà ${signed(r.deviation, 0)}`).join("; ");
    list.add("scostamento-errato", "errore", INDICATORS_SHEET, i, declared30.col, code, number, messages.ambiguousDeviation(figureText(declared, declared30.unit[i] ?? 0), listed));
    return;
  }
  const deviation = evaluations.deviation[i] ?? Number.NaN;
  if (evaluations.code[i] !== OK || Number.isNaN(deviation)) return;
  const unit = evaluations.unit[i] ?? 0;
  const relative = declared30.unit[i] !== unit ? relativeDeviation(deviation, target) : Number.NaN;
  if (dk === PLACEHOLDER) {
    if (!deviationMatches(0, deviation, target)) list.add("scostamento-errato", "avviso", INDICATORS_SHEET, i, declared30.col, code, number, messages.undeclaredDeviation(indicatorWords(code, number), signed(deviation, unit)));
    return;
  }
  if (!isFigure(dk)) return;
  const declaredUnit = declared30.unit[i] ?? 0;
  if (agrees(declared, declaredUnit, deviation, relative, unit, target)) return;
  const shown = figureText(declared, declaredUnit);
  if (plan.indicators.polarity[i] === DECREASING && agrees(declared, declaredUnit, -deviation, -relative, unit, target)) {
    list.add("scostamento-errato", "info", INDICATORS_SHEET, i, declared30.col, code, number, messages.otherConvention(indicatorWords(code, number), shown, signed(deviation, unit)));
    return;
  }
  list.add("scostamento-errato", "errore", INDICATORS_SHEET, i, declared30.col, code, number, messages.wrongDeviation(indicatorWords(code, number), shown, signed(deviation, unit)));
}

function checkObjectives(plan: TemplatePlan, index: PlanIndex, list: AnomalyList): void {
  const obj = plan.objectives;
  for (let o = 0; o < obj.size; o++) {
    const code = obj.code[o] ?? "";
    const first = index.objectiveRow.get(code) ?? o;
    if (first !== o) list.add("codice-duplicato", "errore", OBJECTIVES_SHEET, o, 0, code, undefined, messages.duplicate(`Il codice obiettivo «${code}»`, o + 2, first + 2));
    valueCell(list, obj.weight, o, OBJECTIVES_SHEET, "il peso dell'obiettivo", false, code, undefined);
    if (obj.strategic[o] === 1 || obj.ownShare.kind[o] !== PLACEHOLDER) valueCell(list, obj.ownShare, o, OBJECTIVES_SHEET, "la quota degli indicatori propri", false, code, undefined);
    const indicators = (index.start[first + 1] ?? 0) - (index.start[first] ?? 0);
    const onlyContributions = obj.strategic[o] === 1 && obj.ownShare.kind[o] === QUANTITY && obj.ownShare.value[o] === 0 && index.isParent[o] === 1;
    if (indicators === 0 && !onlyContributions) list.add("obiettivo-senza-indicatori", "errore", OBJECTIVES_SHEET, o, 0, code, undefined, messages.withoutIndicators(code, obj.title[o] ?? ""));
    const parent = obj.parent[o];
    if (obj.strategic[o] === 0 && parent !== undefined) {
      const p = index.objectiveRow.get(parent);
      if (p === undefined || obj.strategic[p] !== 1) list.add("obiettivo-orfano", "errore", OBJECTIVES_SHEET, o, 0, code, undefined, messages.orphanObjective(code, parent));
    }
  }
}

function checkWeightRows(plan: TemplatePlan, list: AnomalyList): void {
  const w = plan.weights;
  const seen = new Map<string, number>();
  for (let r = 0; r < w.size; r++) {
    const code = w.code[r] ?? "";
    const manager = w.manager[r] ?? "";
    const key = `${manager.trim().replace(/\s+/g, " ").toLowerCase()}|${code}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r);
    else list.add("codice-duplicato", "errore", WEIGHTS_SHEET, r, 1, code, undefined, messages.duplicate(`Il peso dell'obiettivo ${code} per ${manager}`, r + 2, first + 2));
    const role = (column: ValueColumn) => `il peso «${String(w.grid.values[0]?.[column.col] ?? "")}» di ${manager}`;
    valueCell(list, w.initial, r, WEIGHTS_SHEET, role(w.initial), false, code, undefined);
    valueCell(list, w.revised, r, WEIGHTS_SHEET, role(w.revised), false, code, undefined);
  }
}

function checkRevisions(plan: TemplatePlan, index: PlanIndex, list: AnomalyList): void {
  const rev = plan.revisions;
  const ind = plan.indicators;
  const seen = new Map<string, number>();
  for (let r = 0; r < rev.size; r++) {
    const code = rev.code[r] ?? "";
    const number = rev.number[r] ?? "";
    const key = indicatorKey(code, number);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r);
    else list.add("codice-duplicato", "errore", REVISIONS_SHEET, r, 1, code, number, messages.duplicate(`La revisione dell'indicatore ${number} dell'obiettivo ${code}`, r + 2, first + 2));
    const i = index.indicatorRow.get(key);
    if (i === undefined) {
      list.add("revisione-incoerente", "errore", REVISIONS_SHEET, r, 1, code, number, messages.revisionUnknown(code, number));
      continue;
    }
    const restated: [ValueColumn, ValueColumn, string, string][] = [
      [rev.forecast30, ind.target30, "la previsione al 30/6", "il target al 30/6"],
      [rev.actual30, ind.result30, "la realizzazione al 30/6", "il risultato al 30/6"],
      [rev.forecast31, ind.target31, "la previsione al 31/12", "il target al 31/12"],
      [rev.newForecast31, ind.target31, "la nuova previsione al 31/12", ""],
    ];
    for (const [cell, planned, what, plannedWhat] of restated) {
      if (isFigure(planned.kind[i] ?? PLACEHOLDER)) valueCell(list, cell, r, REVISIONS_SHEET, `${what}${plannedWhat === "" ? "" : " della revisione"}`, false, code, number);
      if (plannedWhat === "" || sameValue(cell, r, planned, i, DEVIATION_TOLERANCE) !== 0) continue;
      if (cell === rev.forecast31 && sameValue(rev.newForecast31, r, planned, i, DEVIATION_TOLERANCE) === 1) continue;
      list.add("revisione-incoerente", "errore", REVISIONS_SHEET, r, cell.col, code, number, messages.revisionDiffers(what, describe(cell, r), describe(planned, i)));
    }
  }
}

/** struttura-colonne: the template's columns are all there (checked on reading); an empty weight column is said once. */
function checkStructure(plan: TemplatePlan, list: AnomalyList): void {
  const { weight, size } = plan.indicators;
  for (let i = 0; i < size; i++) if (weight.kind[i] !== PLACEHOLDER) return;
  if (size > 0) list.add("struttura-colonne", "info", INDICATORS_SHEET, -1, 0, undefined, undefined, messages.emptyWeights(plan.indicators.grid.sheet));
}

export function runChecks(plan: TemplatePlan, index: PlanIndex, evaluations: Evaluations, list: AnomalyList): void {
  checkStructure(plan, list);
  checkObjectives(plan, index, list);
  checkIndicators(plan, index, evaluations, list);
  checkWeightRows(plan, list);
  checkRevisions(plan, index, list);
}
