/**
 * The English catalogue: the same messages as italian.ts, for the English pane and `--lingua en`,
 * in plain words for a finance clerk (scostamento = deviation, grado di raggiungimento =
 * achievement, obiettivo = objective, indicatore = indicator, peso = weight). Cell texts, codes and
 * column names stay as written in the plan; what other parts of the core say (a calculation's
 * explanation, a reader's reason or note, a polarity's clue) comes in English from their words.
 */
import type { Catalogue, Entries, Phrases, RuleId } from "./catalogue";
import { comparatorWords } from "./comparatorWords";
import { capitalise } from "./catalogue";
import type { CandidateParam, EvidenceParam, GapParam, WeightOwnerParam } from "./messageParameters";
import { ENGLISH_NUMBERS } from "./formatNumbers";
import { sheetNoteText } from "./sheetNotes";
import { ENGLISH_ANOMALIES_SHEET } from "./anomaliesSheetWords";
import { addCalcWords } from "./calcWords";
import { ENGLISH_CALC_WORDS } from "./calcWordsEnglish";

// The calculations explain in English once the English catalogue is here (see calcWords.ts).
addCalcWords("en", ENGLISH_CALC_WORDS);

const numbers = ENGLISH_NUMBERS;

/** The objective an indicator belongs to, after its number; nothing for an indicator written without one (named by its number alone). */
function ofObjective(objective: string): string {
  return objective === "" ? "" : ` of objective ${objective}`;
}

const ENGLISH_PHRASES: Phrases = {
  numbers,
  quote: (text) => `“${text}”`,
  comparator: (comparator) => comparatorWords(comparator, "en"),
  figure: (figure) => {
    const amount = numbers.figure(figure.value, figure.unit);
    return figure.comparator === undefined ? amount : `${comparatorWords(figure.comparator, "en")} ${amount}`;
  },
  value: (value) => {
    if (value.figure !== null) return ENGLISH_PHRASES.figure(value.figure);
    const text = value.text.trim();
    return text === "" ? "an empty cell" : `'${text}'`;
  },
  unit: (unit) => ({ number: "number", percent: "percentage", euro: "amount in euro" })[unit],
  polarity: (polarity) => ({ increasing: "increasing", decreasing: "decreasing", milestone: "milestone" })[polarity],
  direction: (direction) => ({ increasing: "increasing", decreasing: "decreasing" })[direction],
  milestone: (state) => ({ notDone: "not achieved", started: "started", done: "achieved" })[state],
  scale: (scale) => ({ fraction: "fraction", percent: "percentage", whole: "number out of 100" })[scale],
  indicator: (indicator, objective) => `indicator ${indicator}${ofObjective(objective)}`,
  ofIndicator: (indicator, objective) => `of indicator ${indicator}${ofObjective(objective)}`,
  inIndicator: (indicator, objective) => `in indicator ${indicator}${ofObjective(objective)}`,
  role: (role) => {
    switch (role.kind) {
      case "indicatorWeight":
        return "the indicator's weight";
      case "baseline":
        return "the baseline";
      case "target":
        return `the target at ${role.date}`;
      case "result":
        return `the result at ${role.date}`;
      case "declaredDeviation":
        return `the declared deviation at ${role.date}`;
      case "objectiveWeight":
        return "the objective's weight";
      case "ownShare":
        return "the share of the objective's own indicators";
      case "managerWeight":
        return `the weight “${role.column}” of ${role.manager}`;
      case "revisionForecast":
        return `the revision's forecast at ${role.date}`;
      case "revisionActual":
        return `the revision's achieved value at ${role.date}`;
      case "revisionNewForecast":
        return `the new forecast at ${role.date}`;
    }
  },
  group: (group) => {
    switch (group.kind) {
      case "indicators":
        return `of the indicators of objective ${group.objective}`;
      case "managerColumn":
        return `of the objectives of ${group.manager} in the column “${group.column}”`;
      case "objectivesByManager":
        return group.manager === "" ? "of the objectives without a manager" : `of the objectives of ${group.manager}`;
    }
  },
  points: (difference) => {
    const points = Math.abs(difference) * 100;
    const digits = points > 0 && points < 0.01 ? 4 : 2;
    return `${numbers.number(points, digits)} ${points === 1 ? "percentage point" : "percentage points"}`;
  },
  sum: (weights, sum) => `${weights.map((weight) => numbers.share(weight)).join(" + ")} = ${numbers.share(sum)}`,
  list: (items, separator = ", ") => items.join(separator),
  localized: (text) => text.en,
};

const P = ENGLISH_PHRASES;

/** The rules' plain names, shown instead of their ids. */
const RULE_NAMES: Record<RuleId, string> = {
  "struttura-colonne": "Sheet columns",
  "codice-duplicato": "Repeated code",
  "obiettivo-senza-indicatori": "Objective without indicators",
  "indicatore-orfano": "Indicator without an objective",
  "obiettivo-orfano": "Unknown reference strategic objective",
  "valore-illeggibile": "Unreadable value",
  "valore-ambiguo": "Ambiguous value",
  "pesi-indicatori": "Sum of the indicator weights",
  "pesi-obiettivi": "Sum of the objective weights",
  "peso-non-valido": "Invalid or missing weight",
  "pesi-scala-mista": "Weights in different scales",
  "peso-incoerente": "Objective weights that disagree",
  "target-mancante": "Missing target",
  "target-non-misurabile": "Target that cannot be measured",
  "target-periodi-incoerenti": "Mid-year and year-end targets that disagree",
  "target-sotto-baseline": "Target less ambitious than the baseline",
  "target-gia-raggiunto": "Target already met",
  "unita-incoerenti": "Units that cannot be compared",
  "risultato-mancante": "Missing result",
  "scostamento-errato": "Wrong declared deviation",
  "raggiungimento-errato": "Wrong declared achievement",
  "scostamento-critico": "Achievement below the critical threshold",
  "revisione-incoerente": "Revision that disagrees with the plan",
  "polarita-dedotta": "Inferred polarity",
  "milestone-dedotta": "Milestone inferred from the text",
  "valore-progetto-incoerente": "Inconsistent project value",
};

/** The plain names of the rules a gap leaves unchecked, in parentheses. */
function skipped(...ids: RuleId[]): string {
  return `(${ids.map((id) => RULE_NAMES[id]).join(", ")})`;
}

function gapText(gap: GapParam): string {
  switch (gap.kind) {
    case "noTargets":
      return `there is no target column: achievements and deviations cannot be worked out ${skipped("target-mancante", "scostamento-critico", "target-gia-raggiunto", "target-sotto-baseline")}`;
    case "noYearTarget":
      return `the “Target 31/12” column is missing: the year's target is not known ${skipped("target-mancante", "target-sotto-baseline", "target-gia-raggiunto")}`;
    case "noResults":
      return `there is no results column: it is a plan without a report, so no achievement is worked out ${skipped("risultato-mancante", "scostamento-critico")}`;
    case "resultsNotFilled":
      return `the results are not filled in (blank or zero): the document is read as a plan, without judging the results ${skipped("risultato-mancante", "scostamento-critico", "scostamento-errato")}; to judge them, give the reporting date`;
    case "noResultsAt":
      return `the results column at ${gap.date} is missing: the results at the reporting date cannot be judged ${skipped("risultato-mancante", "scostamento-critico")}`;
    case "noWeights":
    case "emptyWeights":
      return `${gap.kind === "emptyWeights" ? "the indicator weights column is empty" : "the indicator weights are missing"}: the sum of the weights is not checked ${skipped("pesi-indicatori")} and every indicator weighs the same in the scores`;
    case "noBaseline":
      return `the baseline is missing: targets are not compared with the historical value ${skipped("target-sotto-baseline")}`;
    case "noDeclaredDeviations":
      return `the declared deviations are missing: there is no written deviation to check ${skipped("scostamento-errato")}`;
  }
}

function evidenceText(evidence: EvidenceParam): string {
  return evidence.kind === "declaredDeviation"
    ? `the declared deviation ${numbers.figure(evidence.declared.value, evidence.declared.unit)} comes from ${evidence.explanation.en}`
    : `the revisions table gives ${numbers.figure(evidence.restated.value, evidence.restated.unit)} as the value achieved at ${evidence.date}`;
}

function candidateText(candidate: CandidateParam): string {
  const figure = numbers.figure(candidate.value, candidate.unit);
  return candidate.label ? `${figure} ${candidate.label}` : figure;
}

function candidatesText(candidates: readonly CandidateParam[]): string {
  return candidates.length > 0 ? `: ${candidates.map(candidateText).join("; ")}` : "";
}

function ownerText(owner: WeightOwnerParam): string {
  if (owner.ownShare) return `(share of the own indicators) of objective ${owner.objective}`;
  return owner.indicator === null ? `of objective ${owner.objective}` : P.ofIndicator(owner.indicator, owner.objective);
}

/** The weights' sum as a formula, only when there is something to add: one weight is not a sum. */
function sumDetail(weights: readonly number[], sum: number): string {
  return weights.length > 1 ? P.sum(weights, sum) : "";
}

function surplus(difference: number): string {
  return difference > 0 ? "too many" : "too few";
}

const duplicateTail = (p: { sheet: string; row: number; earlier: { sheet: string; address: string; row: number; sameSheet: boolean } }): string =>
  ` appears more than once in the sheet “${p.sheet}”: here in row ${p.row} and before in ${p.earlier.sameSheet ? `row ${p.earlier.row}` : `${p.earlier.sheet}!${p.earlier.address}`}.`;

const SCALE_HINT = "A weight is a percentage (30%), a fraction (0.3) or a whole number (30), between 0 and 100%.";
const ROUNDING_HINT = "No correction needed; for an exact total, round one of the weights up.";
const AMBIGUOUS_HINT = "Write a single value in the cell, the one the indicator measures, and move the rest to the notes.";

const REVISION_FIELDS = {
  forecast30_6: ["the forecast at 30/6", "the plan's target at 30/6"],
  actual30_6: ["the value achieved at 30/6", "the plan's result at 30/6"],
  forecast31_12: ["the forecast at 31/12", "the plan's target at 31/12"],
} as const;

const messages: Entries = {
  "errore-interno": {
    message: (p) => `The rule ${p.rule} stopped because of an internal error (${p.reason}): its checks were not run.`,
    suggestion: () => "Report the problem and attach the file; the other rules were applied.",
  },
  "struttura-colonne": {
    message: (p) =>
      [p.gaps.length > 0 ? `In the sheet “${p.sheet}” ${p.gaps.map(gapText).join("; ")}.` : `In the sheet “${p.sheet}”:`, ...p.notes.map((note) => sheetNoteText(note, "en"))].join(" "),
    suggestion: (p) =>
      p.warning
        ? `Add the missing columns in header row ${p.headerRow}, or rename them with a recognised header (e.g. “Target”, “Risultato”, “Peso”).`
        : "No correction needed if the document is meant to be this way; otherwise add the columns in the header row.",
  },
  "codice-duplicato.obiettivo": {
    message: (p) => `The objective code “${p.objective}”${duplicateTail(p)}`,
    suggestion: () => "Correct the code or merge the two rows: each objective must be written only once.",
  },
  "codice-duplicato.indicatore": {
    message: (p) => `${capitalise(P.indicator(p.indicator, p.objective))}${duplicateTail(p)}`,
    suggestion: () => "Number the indicators uniquely within the objective.",
  },
  "codice-duplicato.peso": {
    message: (p) => `The weight of objective ${p.objective} for ${p.manager}${duplicateTail(p)}`,
    suggestion: () => "Keep a single row per manager and objective in the weights table.",
  },
  "codice-duplicato.revisione": {
    message: (p) => `The revision ${P.ofIndicator(p.indicator, p.objective)}${duplicateTail(p)}`,
    suggestion: () => "Keep a single revision row per indicator.",
  },
  "obiettivo-senza-indicatori": {
    message: (p) => `Objective ${p.objective} (“${p.title}”) has no indicators: its achievement cannot be measured.`,
    suggestion: () => "Add at least one indicator with this objective code in the indicators sheet, or correct the indicators' code.",
  },
  "indicatore-orfano": {
    message: (p) =>
      p.objective === ""
        ? `Indicator ${p.indicator} (“${p.name}”) does not say which objective it belongs to.`
        : `Indicator ${p.indicator} (“${p.name}”) refers to objective “${p.objective}”, which does not exist in the plan.`,
    suggestion: (p) =>
      p.objective === ""
        ? "Write the objective's code in the indicator's row (or in the first row of its indicators' block)."
        : p.near === null
        ? "Correct the indicator's objective code or add the objective to the objectives sheet."
        : `Perhaps the code is “${p.near}”: correct it in the indicator's row.`,
  },
  "obiettivo-orfano": {
    message: (p) => {
      const what =
        p.parent === "missing"
          ? `the strategic objective “${p.reference}”, which does not exist in the plan`
          : `“${p.reference}”, which is ${p.parent === "itself" ? "the objective itself" : "an operational objective"}, not a strategic one`;
      return `Objective ${p.objective} (“${p.title}”) refers to ${what}: its score does not count towards any strategic objective.`;
    },
    suggestion: (p) => {
      if (p.near !== null) return `Perhaps the code is “${p.near}”: correct it in the column “Obiettivo strategico di riferimento”.`;
      return p.strategic.length === 0
        ? "Add the strategic objective to the objectives sheet, or leave the column “Obiettivo strategico di riferimento” blank."
        : `Give one of the plan's strategic objectives (${P.list(p.strategic.map(P.quote))}), or leave the column “Obiettivo strategico di riferimento” blank.`;
    },
  },
  "valore-illeggibile.errore-excel": {
    message: (p) => `${capitalise(P.role(p.role))} holds an Excel error (${p.text}): ${P.localized(p.reason)}`,
    suggestion: () => "Correct the formula or the references that produce the error.",
  },
  "valore-illeggibile.testo": {
    message: (p) => `${capitalise(P.role(p.role))} holds the unreadable value “${p.text}”: ${P.localized(p.reason)}`,
    suggestion: () => "Write a number (e.g. 450), a percentage (45%), an amount in euro (€ 500) or a placeholder (-) if no value is expected.",
  },
  "valore-ambiguo": {
    message: (p) => `${capitalise(P.role(p.role))} “${p.text}” holds several values${candidatesText(p.candidates)}. One cannot be chosen without guessing.`,
    suggestion: (p) =>
      p.intended === null
        ? AMBIGUOUS_HINT
        : `The intended value seems to be ${candidateText(p.intended)}. Write only ${numbers.figure(p.intended.value, p.intended.unit)} as the result and move the rest to the notes.`,
    detail: (p) => (p.intended === null || p.evidence.length === 0 ? "" : p.evidence.map(evidenceText).join("; ")),
  },
  "valore-ambiguo.milestone": {
    message: (p) =>
      `${capitalise(P.role(p.role))} “${p.text}” holds several values${candidatesText(p.candidates)}; since the target is a milestone, it is read as “${P.milestone(p.milestone)}” and the numbers as details.`,
    suggestion: () => "To avoid doubts, write the state reached as the result (e.g. “Avviato”) and move the details to the notes.",
  },
  "pesi-indicatori.arrotondamento": {
    message: (p) => {
      const what =
        p.weights.length === 1
          ? `The only indicator of objective ${p.objective} weighs ${numbers.share(p.sum)}`
          : `The weights of the indicators of objective ${p.objective} add up to ${numbers.share(p.sum)}`;
      return `${what} instead of ${numbers.share(p.expected)}: the difference of ${P.points(p.difference)} is within the tolerance of ${P.points(p.tolerance)}, a rounding and not an error.`;
    },
    suggestion: () => ROUNDING_HINT,
    detail: (p) => sumDetail(p.weights, p.sum),
  },
  "pesi-indicatori.somma": {
    message: (p) => {
      const weighs =
        p.weights.length === 1
          ? `The only indicator of objective ${p.objective} weighs ${numbers.share(p.sum)}, ${p.ownShare === null ? "not 100%" : `neither the share of the own indicators (${numbers.share(p.ownShare)}) nor 100%`}`
          : `The weights of the indicators of objective ${p.objective} add up to ${numbers.share(p.sum)}, ${p.ownShare === null ? "not to 100%" : `neither to the share of the own indicators (${numbers.share(p.ownShare)}) nor to 100%`}`;
      return `${weighs}: ${P.points(p.difference)} ${surplus(p.difference)}, beyond the tolerance of ${P.points(p.tolerance)}.`;
    },
    suggestion: (p) =>
      p.weights.length === 1
        ? `Correct the indicator's weight to ${numbers.share(p.expected)}, or add the missing indicators.`
        : `Correct the indicator weights so that they add up to ${numbers.share(p.expected)}.`,
    detail: (p) => sumDetail(p.weights, p.sum),
  },
  "pesi-obiettivi.arrotondamento": {
    message: (p) =>
      p.weights.length === 1
        ? `The only weight ${P.group(p.group)} (${P.list(p.codes)}) is ${numbers.share(p.sum)}: the difference of ${P.points(p.difference)} from 100% is within the tolerance, a rounding.`
        : `The weights ${P.group(p.group)} (${P.list(p.codes)}) add up to ${numbers.share(p.sum)}: the difference of ${P.points(p.difference)} from 100% is within the tolerance, a rounding.`,
    suggestion: () => ROUNDING_HINT,
    detail: (p) => sumDetail(p.weights, p.sum),
  },
  "pesi-obiettivi.somma": {
    message: (p) =>
      p.weights.length === 1
        ? `The only weight ${P.group(p.group)} (${P.list(p.codes)}) is ${numbers.share(p.sum)}, not 100%: ${P.points(p.difference)} ${surplus(p.difference)}.`
        : `The weights ${P.group(p.group)} (${P.list(p.codes)}) add up to ${numbers.share(p.sum)}, not to 100%: ${P.points(p.difference)} ${surplus(p.difference)}.`,
    suggestion: () => "Redistribute the weights of the manager's objectives so that they add up to 100%.",
    detail: (p) => sumDetail(p.weights, p.sum),
  },
  "peso-non-valido.non-peso": {
    message: (p) => `The weight ${ownerText(p.owner)} is ${P.value(p.value)}, which is not a weight.`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.negativo": {
    message: (p) => `The weight ${ownerText(p.owner)} is negative (${P.value(p.value)}).`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.oltre-100": {
    message: (p) => `The weight ${ownerText(p.owner)} (${P.value(p.value)}) is worth ${numbers.share(p.weight)}: more than 100%.`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.indicatore-senza-peso": {
    message: (p) => `${capitalise(P.indicator(p.indicator, p.objective))} has no weight, and the objective has ${numbers.number(p.indicators)} indicators.`,
    suggestion: () => "Give the indicator's weight: the weights of the objective's indicators add up to 100%.",
  },
  "peso-non-valido.responsabile-senza-peso": {
    message: (p) => `In the weights table, objective ${p.objective} of ${p.manager} has no weight in the current column “${p.column}”: it does not count in the manager's score.`,
    suggestion: () => "Give the weight, or remove the row if the objective is not assigned to the manager.",
  },
  "peso-non-valido.quota-mancante": {
    message: (p) => `Strategic objective ${p.objective} has its own indicators and operational objectives contributing to it, but does not say how much its own indicators weigh.`,
    suggestion: () => "Give the share of the own indicators (e.g. 50%): the rest is the contribution of the operational objectives.",
  },
  "peso-non-valido.obiettivo-senza-peso": {
    message: (p) => `Objective ${p.objective} of ${p.manager} has no weight and the plan has no weights table.`,
    suggestion: () => "Give the objective's weight, or add the weights table by manager.",
  },
  "pesi-scala-mista": {
    message: (p) => `The weights ${P.group(p.group)} are written in different scales: ${P.list(p.weights.map((w) => `${w.text} (${P.scale(w.scale)})`))}.`,
    suggestion: () => "Write all the weights the same way, preferably as percentages (70%, 30%).",
  },
  "peso-incoerente.rideterminato": {
    message: (p) =>
      `The weight of objective ${p.objective} in the objectives sheet (${numbers.share(p.weight)}) is the one in the column “${p.earlierColumn}” of the weights table; in the current column “${p.currentColumn}” the weight was redetermined as ${numbers.share(p.current)}, which is the one used in the scores.`,
    suggestion: (p) => `Update the weight in the objectives sheet to ${numbers.share(p.current)}, if the redetermination is approved.`,
  },
  "peso-incoerente.diverso": {
    message: (p) =>
      `The weight of objective ${p.objective} in the objectives sheet (${numbers.share(p.weight)}) differs from the one in the weights table for ${p.manager} (${numbers.share(p.current)} in the column “${p.currentColumn}”).`,
    suggestion: () => "Align the two weights: the managers' scores use the weights table.",
  },
  "peso-incoerente.assente-dai-pesi": {
    message: (p) => `Objective ${p.objective} is not in the weights table: it does not count in any manager's score.`,
    suggestion: () => "Add the objective to the weights table, with its manager and weight.",
  },
  "peso-incoerente.obiettivo-inesistente": {
    message: (p) => `The weights table assigns to ${p.manager} the objective “${p.objective}”, which does not exist in the plan (no card and no indicators).`,
    suggestion: () => "Correct the code in the weights table or add the objective and its indicators to the plan.",
  },
  "target-mancante": {
    message: (p) =>
      `${capitalise(P.indicator(p.indicator, p.objective))} has no target at ${p.date}${p.written === "" ? "" : ` (it says “${p.written}”)`}: it will not be measurable at year end.`,
    suggestion: () => "Give the value expected at year end: a number, a percentage, an amount or a verifiable result (e.g. “Adozione del regolamento”).",
  },
  "target-non-misurabile.condizionato": {
    message: (p) => `The target at ${p.date} ${P.ofIndicator(p.indicator, p.objective)}, “${p.text}”, is conditional: it does not say what must be achieved, so it cannot be verified.`,
    suggestion: () => "Give a definite result (an act, a date, a quantity), or a placeholder (-) if no target is set for the period.",
  },
  "target-non-misurabile.continuativo": {
    message: (p) => `The target at ${p.date} ${P.ofIndicator(p.indicator, p.objective)}, “${p.text}”, describes an ongoing activity with neither a quantity nor a verifiable final result.`,
    suggestion: () => "Express the target as a quantity (e.g. “100% delle attività monitorate”, “almeno 4 report”) or as an act to adopt.",
  },
  "target-periodi-incoerenti.unita": {
    message: (p) =>
      `The targets ${P.ofIndicator(p.indicator, p.objective)} are in different units: at ${p.midDate} ${P.figure(p.mid)} (${P.unit(p.mid.unit)}), at ${p.endDate} ${P.figure(p.end)} (${P.unit(p.end.unit)}).`,
    suggestion: () => "Write the two targets in the same unit.",
  },
  "target-periodi-incoerenti.verso": {
    message: (p) =>
      `The target at ${p.endDate} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.end)}) is ${p.end.value < p.mid.value ? "lower" : "higher"} than the one at ${p.midDate} (${P.figure(p.mid)}), but the indicator is ${P.direction(p.direction)}.`,
    suggestion: () => "Check the two targets (for a cumulative indicator the year-end one includes the mid-year one) or the indicator's polarity.",
  },
  "target-sotto-baseline": {
    message: (p) =>
      `The target at ${p.date} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.target)}) is ${p.target.value < p.baseline.value ? "lower" : "higher"} than the baseline${p.year === null ? "" : ` of ${p.year}`} (${P.figure(p.baseline)}) for ${p.direction === "increasing" ? "an" : "a"} ${P.direction(p.direction)} indicator: it is less ambitious than the historical value.`,
    suggestion: () => "Explain in the notes why the target is below the historical value (e.g. effects of the emergency), or revise the target.",
  },
  "target-gia-raggiunto": {
    message: (p) =>
      `The result at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.value(p.result)}) already meets the target at ${p.endDate} (${P.value(p.target)}), and no revision of the target is recorded.`,
    suggestion: (p) => `Propose a new forecast at ${p.endDate} in the revisions table, or explain in the notes why the target stays unchanged.`,
  },
  "unita-incoerenti.unita": {
    message: (p) => {
      const euroHint = p.figure.unit !== "percent" && p.againstFigure.unit !== "percent" ? " The “€” sign is probably missing from one of the two." : "";
      return `${capitalise(P.inIndicator(p.indicator, p.objective))} ${P.role(p.role)} is ${P.figure(p.figure)} (${P.unit(p.figure.unit)}) and ${P.role(p.against)} is ${P.figure(p.againstFigure)} (${P.unit(p.againstFigure.unit)}): different units, which cannot be compared.${euroHint}`;
    },
    suggestion: () => "Write result, target and baseline in the same unit.",
  },
  "unita-incoerenti.forma": {
    message: (p) => `At ${p.period} ${P.indicator(p.indicator, p.objective)} cannot be measured. ${P.localized(p.reason)}`,
    suggestion: () =>
      "Write the result in the target's form: the measured value (a number, a percentage, an amount) against a numeric target, the state reached (e.g. “Avviato”, “sì”, “no”) against a milestone.",
  },
  "risultato-mancante": {
    message: (p) =>
      `${capitalise(P.indicator(p.indicator, p.objective))} has a target at ${p.period} (${P.value(p.target)}) but no result${p.written === "" ? "" : ` (it says “${p.written}”)`}.`,
    suggestion: (p) => `Give the result achieved at ${p.period}; if the activity has not started, write so (e.g. “Non avviato”), so that it counts as not achieved.`,
  },
  "scostamento-errato.valori-ambigui": {
    message: (p) => `The declared deviation at ${p.period} (${P.figure(p.declared)}) matches none of the result's values against the target ${P.figure(p.target)}.`,
    detail: (p) => p.readings.map((r) => `${numbers.figure(r.value, r.unit)} gives ${numbers.signed(r.deviation, r.unit)}`).join("; "),
    suggestion: () => "Write a single value as the result and work out the deviation again.",
  },
  "scostamento-errato.non-dichiarato": {
    message: (p) =>
      `The deviation at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} is not declared (${P.value(p.written)}), but result and target differ: the computed deviation is ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) => `Write the deviation: ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "scostamento-errato.convenzione-dfp": {
    message: (p) =>
      `The declared deviation at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.declared)}) is written as actual - expected, the convention of the DFP guidelines no. 2/2017: it is right in that convention; for a decreasing indicator the deviation computed here (positive = better) is ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    suggestion: () => "No correction if the document uses the actual - expected convention for every indicator; state it in the legend.",
  },
  "scostamento-errato.convenzione-positiva": {
    message: (p) =>
      `The declared deviation at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.declared)}) is written as positive = better, while the plan's scoring rules use actual - expected: in that convention the deviation is ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    suggestion: (p) => `Write the deviation as actual - expected: ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "scostamento-errato.altra-convenzione": {
    message: (p) =>
      `In all ${numbers.number(p.count)} decreasing indicators with a declared deviation (${p.codes.join(", ")}) the deviation is written as ${p.convention === "positiveIsBetter" ? "actual - expected" : "positive = better"}, not in the convention of the scoring rules (${p.convention === "positiveIsBetter" ? "positive = better" : "actual - expected"}): the document consistently uses the other convention.`,
    suggestion: (p) =>
      `Set «convenzioneScostamento»: «${p.convention === "positiveIsBetter" ? "realizzato-meno-atteso" : "positivo-meglio"}» in the scoring rules («Regole di valutazione» sheet or --regole).`,
  },
  "scostamento-errato.diverso": {
    message: (p) =>
      `The declared deviation at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} is ${P.figure(p.declared)}, the computed one is ${numbers.signed(p.deviation.value, p.deviation.unit)} (${p.convention === "resultMinusTarget" ? "actual - expected" : "positive = better"} convention).`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) => `Correct the deviation to ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "raggiungimento-errato.diverso": {
    message: (p) =>
      `The declared achievement at ${p.period} ${P.ofIndicator(p.indicator, p.objective)} is ${P.figure(p.declared)}, the one computed from result and target is ${numbers.share(p.achievement)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) =>
      `Correct the achievement to ${numbers.share(p.achievement)}, or check result and target; if the body works it out another way, state it in the scoring rules (method, cap, threshold).`,
  },
  "scostamento-critico": {
    message: (p) =>
      `At ${p.period} ${P.indicator(p.indicator, p.objective)} is achieved at ${numbers.share(p.achievement)} (result ${P.value(p.result)}, target ${P.value(p.target)}), below the critical threshold of ${numbers.share(p.threshold)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: () => "Explain in the notes the causes of the deviation and the corrective actions, or propose a revision of the target.",
  },
  "revisione-incoerente.valore": {
    message: (p) => {
      const [what, planWhat] = REVISION_FIELDS[p.field];
      const replaced = p.replaced ? " The row is about a new indicator that replaces the plan's one: the forecast must still be copied as in the plan." : "";
      return `In the revision ${P.ofIndicator(p.indicator, p.objective)} ${what} is ${P.value(p.written)}, while ${planWhat} is ${P.value(p.planned)}.${replaced}`;
    },
    suggestion: (p) => `Copy into the revision the same value as the plan (${P.value(p.planned)}), or correct the plan if that is the wrong one.`,
  },
  "revisione-incoerente.obiettivo-inesistente": {
    message: (p) => `The revision refers to objective “${p.objective}”, which does not exist in the plan.`,
    suggestion: () => "Correct the revision's objective code.",
  },
  "revisione-incoerente.indicatore-inesistente": {
    message: (p) =>
      `The revision refers to indicator “${p.indicator}” of objective ${p.objective}, which does not exist (the plan's indicators: ${p.numbers.length === 0 ? "none" : P.list(p.numbers)}).`,
    suggestion: () => "Correct the indicator number in the revision.",
  },
  "polarita-dedotta.illeggibile": {
    message: (p) =>
      `The polarity “${p.written}” ${P.ofIndicator(p.indicator, p.objective)} is not recognised: it is taken as ${P.polarity(p.polarity)} (${P.localized(p.reason)}), and deviation and achievement are computed that way.`,
    suggestion: (p) => `Write increasing, decreasing or milestone (in Italian: crescente, decrescente) in the column “Polarità”${p.near === null ? "." : `: perhaps “${p.near}”?`}`,
  },
  "polarita-dedotta.dedotta": {
    message: (p) => `The polarity ${P.ofIndicator(p.indicator, p.objective)} is not written: it is taken as ${P.polarity(p.polarity)} (${P.localized(p.reason)}).`,
    suggestion: () => "Confirm it by writing it in the column “Polarità” (increasing, decreasing or milestone; in Italian: crescente, decrescente).",
  },
  "milestone-dedotta": {
    message: (p) =>
      `The result at ${p.period} ${P.ofIndicator(p.indicator, p.objective)}, “${p.result}”, is read as an achieved milestone (100%) only because it describes an outcome: it does not echo the target “${p.target}”, so it may not be one.`,
    suggestion: () =>
      "Write the state reached: “sì” or “Realizzato” if the target is met, “Avviato” or “In corso” if it has started, “no” or “Non avviato” if it has not started; details in the notes.",
  },
  // Project values (valore-progetto-incoerente): one block, kept together.
  "valore-progetto-incoerente.prodotto": {
    message: (p) =>
      `The economic value of project ${p.objective}${p.fund === "" ? "" : ` (${p.fund})`} does not add up: ${P.figure(p.unitValue)} × ${P.figure(p.coefficient)}${p.fromRelevance ? " (the relevance's coefficient)" : ""} makes ${P.figure(p.product)}, but the total written is ${P.figure(p.total)}. The rewards use the product, ${P.figure(p.product)}.`,
    suggestion: () => "Correct the point value, the coefficient or the total, so that point value × coefficient = total.",
  },
  "valore-progetto-incoerente.illeggibile": {
    message: (p) =>
      `The economic value of project ${p.objective}${p.fund === "" ? "" : ` (${p.fund})`}, “${p.text}”, cannot be read: ${({ noFigures: "it holds no amount", tooMany: "it holds more amounts than the point value, the coefficient and the total", badNumber: "it holds a number that cannot be read" } as const)[p.problem]}. The project is left out of the «Valore dei progetti» table.`,
    suggestion: () => "Write the value as “3.106 euro x 5 = 15.530 euro” (point value, coefficient, total) or just the total in euro.",
  },
};

export const ENGLISH: Catalogue = {
  phrases: ENGLISH_PHRASES,
  messages,
  ruleNames: RULE_NAMES,
  anomaliesSheet: ENGLISH_ANOMALIES_SHEET,
  rules: {
    "struttura-colonne": "For each sheet, says once which columns are missing, which checks are skipped and what was assumed.",
    "codice-duplicato": "Every objective, indicator, weights row and revision appears only once.",
    "obiettivo-senza-indicatori": "Every objective has at least one indicator to measure it.",
    "indicatore-orfano": "Every indicator belongs to an objective in the plan.",
    "obiettivo-orfano": "Every operational objective that names a strategic objective refers to a strategic objective of the plan.",
    "valore-illeggibile": "Weights, baselines, targets, results and deviations hold readable values (no Excel errors or unreadable text).",
    "valore-ambiguo": "A cell that must hold one value does not hold two or more to choose from.",
    "pesi-indicatori": "The indicator weights of each objective add up to 100% (for the strategic objective, to the share of its own indicators).",
    "pesi-obiettivi": "For each manager, the weights of their objectives add up to 100% in every column of the weights table.",
    "peso-non-valido": "Every weight is a percentage between 0 and 100%, and is there where it is needed.",
    "pesi-scala-mista": "The weights of one objective or one manager are all written in the same scale (percentage, fraction or number out of 100).",
    "peso-incoerente": "Each objective's weight in the objectives sheet matches its current weight in the weights table, and the two tables list the same objectives.",
    "target-mancante": "Every indicator has a target at 31/12 (the target at 30/6 may be missing for annual activities).",
    "target-non-misurabile": "Text targets state a verifiable result, not an ongoing activity or a possibility.",
    "target-periodi-incoerenti": "The targets at 30/6 and 31/12 have the same unit and move in the direction of the polarity.",
    "target-sotto-baseline": "The target at 31/12 is not less ambitious than the baseline (the historical reference value).",
    "target-gia-raggiunto": "At 30/6, a result that already meets the year-end target comes with a revision of the target.",
    "unita-incoerenti": "An indicator's result, target and baseline can be compared: same unit (percentage, number, euro) and same form (value or milestone).",
    "risultato-mancante": "At the reporting date every indicator with a target for the period has a result.",
    "scostamento-errato": "The declared deviation matches the one computed from result and target.",
    "raggiungimento-errato": "The declared achievement matches the one computed from result and target, in one of the usual ways.",
    "scostamento-critico": "At the reporting date no indicator is below the critical achievement threshold (50%).",
    "revisione-incoerente": "The rows of the revisions table are about indicators of the plan and restate their targets and results faithfully.",
    "polarita-dedotta": "Reports the indicators whose polarity is not written but inferred (info), or written but not recognised (warning).",
    "milestone-dedotta": "A text result read as an achieved milestone only because it describes an outcome, without echoing the target, needs confirming.",
    "valore-progetto-incoerente": "Every project's economic value can be read, and point value × coefficient gives the total written.",
  },
};
