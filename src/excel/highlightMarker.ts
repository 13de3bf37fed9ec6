/**
 * How the add-in recognises its own highlights, today and after the workbook is
 * closed and reopened: each highlight is a conditional format of type Custom
 * whose rule is a formula that is always TRUE and carries a marker text:
 *
 *     ="perf-addin:errore"<>""
 *
 * The formula has no cell references (it cannot break when rows move), no
 * functions (it reads the same in every Excel language) and says whose it is to
 * anyone who opens "Gestisci regole". The user's own conditional formats never
 * carry the marker, so removing the add-in's highlights leaves them alone.
 */
import type { Severity } from "../core/rules/anomaly";
import { SEVERITY_ORDER } from "../core/rules/anomaly";

const HIGHLIGHT_MARKER_PREFIX = "perf-addin:";

/** The rule formula of the add-in's highlight for `severity`. */
export function highlightFormula(severity: Severity): string {
  return `="${HIGHLIGHT_MARKER_PREFIX}${severity}"<>""`;
}

const MARKER_PATTERN = new RegExp(`"${HIGHLIGHT_MARKER_PREFIX}(${SEVERITY_ORDER.join("|")})"`);

/**
 * The severity marked in a conditional format's rule formula, or null when the
 * formula is not one of the add-in's (a user's rule, or no formula at all).
 */
export function markedSeverity(formula: unknown): Severity | null {
  if (typeof formula !== "string") return null;
  const match = MARKER_PATTERN.exec(formula);
  const found = match?.[1];
  return SEVERITY_ORDER.find((severity) => severity === found) ?? null;
}

/** True when the rule formula marks a highlight owned by the add-in. */
export function isAddInHighlight(formula: unknown): boolean {
  return markedSeverity(formula) !== null;
}

/** The more severe of two severities ("errore" before "avviso" before "info"). */
export function moreSevere(first: Severity, second: Severity): Severity {
  return SEVERITY_ORDER.indexOf(first) <= SEVERITY_ORDER.indexOf(second) ? first : second;
}
