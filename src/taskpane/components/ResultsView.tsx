import { Field, makeStyles, ProgressBar, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Anomaly, Severity } from "../../core/rules/anomaly";
import { useI18n } from "../i18n/I18nContext";
import { objectiveScores, visibleGroups } from "../session/anomalyGroups";
import type { ValidationOutcome, ValidationPhase } from "../session/sessionTypes";
import { AnomalyGroups } from "./AnomalyGroups";
import { SeverityCountBadges, SeverityFilter } from "./SeverityFilter";
import { progressText } from "./statusTexts";
import { ResultsTabs } from "./ResultsTabs";
import { ScorecardView } from "./ScorecardView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

interface ResultsViewProps {
  outcome: ValidationOutcome;
  filter: Record<Severity, boolean>;
  selected: Anomaly | null;
  onFilter: (severity: Severity, shown: boolean) => void;
  onSelect: (anomaly: Anomaly) => void;
}

/** Counts by severity, the filter, and the anomalies grouped by objective. */
export function ResultsView({ outcome, filter, selected, onFilter, onSelect }: ResultsViewProps) {
  const { t, percent } = useI18n();
  const styles = useStyles();
  const groups = useMemo(() => visibleGroups(outcome.anomalies, outcome.plan, filter), [outcome, filter]);
  const scores = useMemo(() => objectiveScores(outcome.scores), [outcome.scores]);
  const scoreOf = (code: string) => {
    const score = scores.get(code.trim().toLowerCase());
    return score === undefined ? undefined : percent(score);
  };
  return (
    <section className={styles.root} aria-labelledby="results-title">
      <Subtitle2 as="h2" id="results-title">
        {t("results.title")}
      </Subtitle2>
      <ResultsTabs
        scores={() => <ScorecardView scores={outcome.scores} />}
        anomalies={
          <>
            <SeverityCountBadges counts={outcome.counts} />
            {outcome.anomalies.length === 0 ? (
              <Text as="p">{t("results.none")}</Text>
            ) : (
              <>
                <SeverityFilter shown={filter} onChange={onFilter} />
                {groups.length === 0 ? (
                  <Text as="p">{t("results.filteredOut")}</Text>
                ) : (
                  <AnomalyGroups groups={groups} selected={selected} onSelect={onSelect} scoreOf={scoreOf} />
                )}
              </>
            )}
          </>
        }
      />
    </section>
  );
}

/** The validation's progress: a bar and the step in words. */
export function ValidationProgress({ phase, step, steps }: { phase: ValidationPhase; step: number; steps: number }) {
  const { t } = useI18n();
  return (
    <Field label={t("progress.label")} validationMessage={progressText(t, phase, step, steps)} validationState="none">
      <ProgressBar value={step / steps} max={1} thickness="large" />
    </Field>
  );
}
