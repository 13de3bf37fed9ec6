/**
 * The colours of the scoring profile's statuses in the pane, as Fluent palette tokens: they follow
 * Office's theme (light and dark), and the text on each background keeps an AA contrast in both
 * (Fluent's status tokens: Background2 with Foreground2; the neutral pair for «Non valutabile»;
 * checked by axe in test/e2e/scorecard.e2e.test.ts). The same four statuses as the Riepilogo's
 * fills (src/core/report/statusColors.ts), the same hues: green, amber, red, grey. Every view that
 * shows a status takes its colours from here, and always writes the status's words too.
 */
import { tokens } from "@fluentui/react-components";
import type { Status } from "../../core/calc/calcTypes";

export interface StatusTokens {
  background: string;
  foreground: string;
  border: string;
}

export const STATUS_TOKENS: Readonly<Record<Status, StatusTokens>> = {
  Raggiunto: {
    background: tokens.colorStatusSuccessBackground2,
    foreground: tokens.colorStatusSuccessForeground2,
    border: tokens.colorStatusSuccessBorder2,
  },
  "Parzialmente raggiunto": {
    background: tokens.colorStatusWarningBackground2,
    foreground: tokens.colorStatusWarningForeground2,
    border: tokens.colorStatusWarningBorder2,
  },
  "Non raggiunto": {
    background: tokens.colorStatusDangerBackground2,
    foreground: tokens.colorStatusDangerForeground2,
    border: tokens.colorStatusDangerBorder2,
  },
  "Non valutabile": {
    background: tokens.colorNeutralBackground3,
    foreground: tokens.colorNeutralForeground2,
    border: tokens.colorNeutralStroke1,
  },
};
