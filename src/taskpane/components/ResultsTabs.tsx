import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useI18n } from "../i18n/messages";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export type ResultsTab = "anomalies" | "scores";

const TABS: readonly { value: ResultsTab; label: "scorecard.tabAnomalies" | "scorecard.tabScores" }[] = [
  { value: "anomalies", label: "scorecard.tabAnomalies" },
  { value: "scores", label: "scorecard.tabScores" },
];

/**
 * «Anomalie | Punteggi»: the results' two views. One Tab stop (the selected tab), the arrow keys
 * move between the tabs (WAI-ARIA tabs, Fluent's TabList); only the selected view is rendered,
 * so the scorecard costs nothing until it is asked for (and only the selected tab names its panel
 * in aria-controls: the other panel is not in the page).
 */
export function ResultsTabs({ anomalies, scores }: { anomalies: ReactNode; scores: () => ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [selected, setSelected] = useState<ResultsTab>("anomalies");
  return (
    <>
      <TabList selectedValue={selected} onTabSelect={(_event, data) => setSelected(data.value as ResultsTab)} aria-label={t("scorecard.tabs")} size="small">
        {TABS.map((tab) => (
          <Tab key={tab.value} value={tab.value} id={`results-tab-${tab.value}`} aria-controls={tab.value === selected ? `results-panel-${tab.value}` : undefined}>
            {t(tab.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`results-panel-${selected}`} aria-labelledby={`results-tab-${selected}`} className={styles.panel}>
        {selected === "anomalies" ? anomalies : scores()}
      </div>
    </>
  );
}
