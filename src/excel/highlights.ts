/**
 * Highlights anomalous cells with conditional formats the add-in owns, and
 * removes exactly those. Values, formulas, number formats and the user's own
 * fills and conditional formats are never written: a conditional format only
 * paints over the cell while it exists, so deleting it restores the sheet.
 *
 * Syncs, whatever the number of anomalies or sheets:
 *   1 list the sheets, 1 load every sheet's conditional formats, 1 delete the
 *   add-in's old ones and add the new ones (one more per further 4 MB of
 *   commands, which takes hundreds of thousands of anomalies).
 *
 * Requirement sets: ConditionalFormatCollection.add / custom rule / delete,
 * Range.conditionalFormats ExcelApi 1.6; Worksheet.getRanges and
 * RangeAreas.conditionalFormats ExcelApi 1.9. Without 1.9 each area gets its
 * own conditional format through Worksheet.getRange (same syncs, more rules).
 */
import { HIGHLIGHT_COLORS } from "../core/report/cellColors";
import type { Anomaly, Severity } from "../core/rules/anomaly";
import { planHighlights } from "./highlightAreas";
import { highlightFormula, isAddInHighlight } from "./highlightMarker";
import { queueSheetNames } from "./navigation";
import { COMMAND_OVERHEAD_BYTES, packBatches, type RequestBudget } from "./requestBudget";

/** What one highlighting did: the add-in's formats added and deleted, and the anomalies it could not paint. */
export interface HighlightChanges {
  /** Conditional formats added. */
  added: number;
  /** The add-in's earlier conditional formats deleted. */
  removed: number;
  /** Anomalies not highlighted: sheet missing from the workbook, or not an address. */
  skipped: Anomaly[];
}

interface PendingHighlight {
  sheet: string;
  severity: Severity;
  address: string;
}

/** Lists the sheets, loads their conditional formats and queues the deletion of the add-in's. */
async function queueRemoval(context: Excel.RequestContext): Promise<{ sheets: string[]; removed: number }> {
  const listed = queueSheetNames(context);
  await context.sync();
  const sheets = listed();
  const collections = sheets.map((name) => {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    formats.load("items/type,items/customOrNullObject/rule/formula");
    return formats;
  });
  await context.sync();
  let removed = 0;
  for (const formats of collections) {
    for (const format of formats.items) {
      const custom = format.customOrNullObject;
      if (format.type !== "Custom" || custom.isNullObject || !isAddInHighlight(custom.rule.formula)) continue;
      format.delete();
      removed += 1;
    }
  }
  return { sheets, removed };
}

function queueHighlight(context: Excel.RequestContext, pending: PendingHighlight, useRangeAreas: boolean): number {
  const sheet = context.workbook.worksheets.getItem(pending.sheet);
  const targets = useRangeAreas ? [sheet.getRanges(pending.address)] : pending.address.split(",").map((area) => sheet.getRange(area));
  for (const target of targets) {
    const format = target.conditionalFormats.add("Custom");
    format.custom.rule.formula = highlightFormula(pending.severity);
    format.custom.format.fill.color = HIGHLIGHT_COLORS[pending.severity].fill;
  }
  return targets.length;
}

/** Replaces the add-in's highlights with one per anomalous cell, coloured by severity. */
export async function replaceHighlights(
  context: Excel.RequestContext,
  anomalies: readonly Anomaly[],
  budget: RequestBudget,
  useRangeAreas: boolean,
): Promise<HighlightChanges> {
  const { sheets, removed } = await queueRemoval(context);
  const plan = planHighlights(anomalies, new Set(sheets), budget.maxAddressLength);
  const pending: PendingHighlight[] = plan.groups.flatMap((group) =>
    group.addresses.map((address) => ({ sheet: group.sheet, severity: group.severity, address })),
  );
  const commandsPerArea = useRangeAreas ? 1 : 0;
  const sizeOf = (item: PendingHighlight) =>
    item.address.length + 4 * COMMAND_OVERHEAD_BYTES * (commandsPerArea || item.address.split(",").length);
  const batches = packBatches(pending, sizeOf, budget.maxRequestBytes);
  let added = 0;
  for (const batch of batches) {
    for (const item of batch) added += queueHighlight(context, item, useRangeAreas);
    await context.sync();
  }
  if (batches.length === 0 && removed > 0) await context.sync();
  return { added, removed, skipped: plan.skipped };
}

/** Deletes every conditional format the add-in owns, on every sheet; returns how many. */
export async function removeHighlights(context: Excel.RequestContext): Promise<number> {
  const { removed } = await queueRemoval(context);
  if (removed > 0) await context.sync();
  return removed;
}
