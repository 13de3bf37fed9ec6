/**
 * The explanations' words in English (see calcWords.ts): loaded with the English catalogue, which
 * adds them, so that the code that never explains in English does not carry them.
 */
import { comparatorWords } from "./comparatorWords";
import { ENGLISH_NUMBERS, MINUS } from "./formatNumbers";
import { operandOf, type CalcWords } from "./calcWords";
import type { Polarity } from "../plan/polarity";

const ENGLISH_POLARITY: Record<Polarity, string> = { increasing: "increasing", decreasing: "decreasing", milestone: "milestone" };

/** The day a milestone was done: its text and its date, or the date alone when the cell is the date. */
function englishDoneOn(reached: string | null, doneOn: string): string {
  return reached === null ? `done on ${doneOn}` : `${reached} is dated ${doneOn}`;
}

export const ENGLISH_CALC_WORDS: CalcWords = {
  numbers: ENGLISH_NUMBERS,
  operand: operandOf(ENGLISH_NUMBERS),
  polarity: (polarity) => ENGLISH_POLARITY[polarity],
  deviation: (formula, deviation, polarity) => {
    const rule = polarity === "decreasing" ? `target ${MINUS} result` : `result ${MINUS} target`;
    const name = polarity === "milestone" ? "milestone, read as increasing" : ENGLISH_POLARITY[polarity];
    return `${formula} = ${deviation} (${name}: ${rule})`;
  },
  relative: (relative) => `, that is ${relative} of the target`,
  evaluation: (deviation, relative, achievement) => `deviation ${deviation}${relative}; achievement ${achievement}`,
  fromBaseline: (formula, value) => `${formula} = ${value} (from the baseline to the target)`,
  zeroTarget: (zero, result, goodSide, polarity, value) => {
    const badSide = polarity === "increasing" ? "below" : "above";
    const where = goodSide ? `is not ${badSide} zero` : `is ${badSide} zero`;
    return `target ${zero}: the result ${result} ${where} (${ENGLISH_POLARITY[polarity]}), so ${value}`;
  },
  decreasingTail: () => ` (decreasing: target ${MINUS} result)`,
  ratio: (formula, value, polarity) => `${formula} = ${value} (${polarity === "decreasing" ? "ratio target / result" : "ratio result / target"})`,
  ratioAtCap: (result, cap) => `target / result with result ${result} (decreasing, not positive): the maximum, ${cap}`,
  ratioNotApplicable: () => "; ratio not applicable to a negative target: linear formula",
  baselineEqualsTarget: (baseline) => `the baseline ${baseline} equals the target: formula without the baseline`,
  baselineAgainstPolarity: (baseline, above, target, polarity) =>
    `the baseline ${baseline} is ${above ? "above" : "below"} the target ${target} but the indicator is ${ENGLISH_POLARITY[polarity]}: baseline not used`,
  capNote: (step, cap, threshold) => {
    const capped = `, capped at ${ENGLISH_NUMBERS.share(cap)}`;
    const below = `, below the threshold of ${ENGLISH_NUMBERS.share(threshold)}: counts 0%`;
    return { kept: "", capped, floored: ", raised to 0%", belowThreshold: below, cappedBelowThreshold: `${capped}${below}` }[step];
  },
  reached: (result, met, comparator, target, value) =>
    `milestone: ${result} ${met ? "meets" : "does not meet"} the target (${comparatorWords(comparator, "en")} ${target}), so ${value}`,
  milestone: (state, reached, required, value) => {
    if (state === "done") return `achieved: ${reached} meets ${required}, so ${value}`;
    if (state === "started") return `started but not finished: ${reached} is under way, ${required} asks for completion: partial credit ${value}`;
    return `not achieved: ${reached} does not meet ${required}, so ${value}`;
  },
  lateMilestone: (reached, required, doneOn, deadline, value) =>
    `not achieved in time: ${englishDoneOn(reached, doneOn)}, after the deadline ${deadline}${required === null ? "" : ` of the target ${required}`}, so ${value}`,
  onTimeMilestone: (reached, required, doneOn, deadline, value) =>
    `achieved in time: ${englishDoneOn(reached, doneOn)}, by the deadline ${deadline}${required === null ? "" : ` of the target ${required}`}, so ${value}`,
  boundOverride: (target, polarity, given) =>
    `the target ${target} makes the indicator ${ENGLISH_POLARITY[polarity]}, which overrides the ${ENGLISH_POLARITY[given]} polarity written`,
  baselineNotNumeric: (baseline) => `baseline ${baseline} is not a number: not used`,
  milestoneReading: (state) => `the result holds several numbers but the target is a milestone: read as “${state}”, the numbers being details`,
  quote: (text) => (text.trim() === "" ? "an empty cell" : `'${text.trim()}'`),
  kind: (value) => {
    const units = { number: "a number", percent: "a percentage", euro: "an amount in euro" } as const;
    const bounds = { number: "a numeric bound", percent: "a percentage bound", euro: "a bound in euro" } as const;
    const other = { milestone: "a milestone", placeholder: "a placeholder", failure: "an unreadable value" } as const;
    return value.kind === "quantity" ? units[value.unit] : value.kind === "threshold" ? bounds[value.unit] : other[value.kind];
  },
  boundAsResult: (result) => `The result ${result} is a bound, not a value reached: write the value measured.`,
  kindsDiffer: (result, resultKind, target, targetKind) => `The result ${result} is ${resultKind}, the target ${target} is ${targetKind}: they cannot be compared.`,
};
