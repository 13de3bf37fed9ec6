/**
 * Reading the pane's settings back from the document, apart from paneSettings.ts because the
 * core's `resolveSettings` checks rule ids against the catalogue of every rule (RULE_IDS): this
 * file is loaded on demand with the rules (see session/coreChunks.ts), not with the pane's first
 * bundle.
 */
import { parsePeriod } from "../../core/plan/reportingDate";
import { RULE_IDS } from "../../core/rules/ruleCatalogue";
import { resolveSettings } from "../../core/readSettings";
import { defaultPaneSettings, type PaneSettings, type ReportingDateSetting } from "./paneSettings";

/**
 * Settings read back from a document. The validation part goes through the
 * core's `resolveSettings`, which ignores (keeping the default) any value that
 * is missing, of the wrong type or out of range; the pane's own switches fall
 * back to their defaults the same way, so a damaged or foreign record can never
 * break the pane.
 */
export function parsePaneSettings(stored: Record<string, unknown>): PaneSettings {
  const defaults = defaultPaneSettings();
  const validation = "validation" in stored ? resolveSettings(stored.validation, RULE_IDS).settings : defaults.validation;
  return {
    reportingDate: isReportingDate(stored.reportingDate) ? stored.reportingDate : defaults.reportingDate,
    validation,
    highlightOnValidate: booleanOr(stored.highlightOnValidate, defaults.highlightOnValidate),
    revalidateOnChange: booleanOr(stored.revalidateOnChange, defaults.revalidateOnChange),
  };
}

function isReportingDate(value: unknown): value is ReportingDateSetting {
  return value === "auto" || (typeof value === "string" && parsePeriod(value) === value);
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}
