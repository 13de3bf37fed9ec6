/**
 * The shape a test expects a read cell value to have, and constructors that keep tables short:
 * quantity(0.8955, "percent"), threshold("atLeast", 300, "number", "dispositivi"), milestone("started").
 */
import { describeAmount } from "../../../src/core/wording/describeValue";
import type { CellValue, Comparator, MilestoneState, QuantityUnit } from "../../../src/core/values/valueTypes";

export type Expected =
  | { kind: "quantity"; value: number; unit: QuantityUnit; label?: string }
  | { kind: "threshold"; comparator: Comparator; value: number; unit: QuantityUnit; label?: string }
  | { kind: "milestone"; state: MilestoneState }
  | { kind: "placeholder" }
  | { kind: "ambiguous"; candidates: string[] };

export function quantity(value: number, unit: QuantityUnit, label?: string): Expected {
  return label === undefined ? { kind: "quantity", value, unit } : { kind: "quantity", value, unit, label };
}

export function threshold(comparator: Comparator, value: number, unit: QuantityUnit, label?: string): Expected {
  return label === undefined
    ? { kind: "threshold", comparator, value, unit }
    : { kind: "threshold", comparator, value, unit, label };
}

export function milestone(state: MilestoneState): Expected {
  return { kind: "milestone", state };
}

export function placeholder(): Expected {
  return { kind: "placeholder" };
}

/** An ambiguous text, with its candidates as the message quotes them. */
export function ambiguous(candidates: string[]): Expected {
  return { kind: "ambiguous", candidates };
}

/** The part of a read value a table states: kind, amount, unit, label; candidates as the message quotes them. */
export function shapeOf(value: CellValue): Expected | { kind: "failure"; code: string; message: string } {
  switch (value.kind) {
    case "quantity":
      return quantity(value.value, value.unit, value.label);
    case "threshold":
      return threshold(value.comparator, value.value, value.unit, value.label);
    case "milestone":
      return milestone(value.state);
    case "placeholder":
      return placeholder();
    case "failure":
      return value.code === "ambiguous"
        ? ambiguous((value.candidates ?? []).map((candidate) => describeAmount(candidate.value, candidate.unit, candidate.label)))
        : { kind: "failure", code: value.code, message: value.message };
  }
}
