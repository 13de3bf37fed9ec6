import {
  Accordion,
  Button,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Anomaly } from "../../core/rules/anomaly";
import { useI18n } from "../i18n/I18nContext";
import { anomalyKey, groupKey, type AnomalyGroup } from "../session/anomalyGroups";
import { AnomalyItem } from "./AnomalyItem";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, textAlign: "start", paddingBlock: tokens.spacingVerticalXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  score: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  more: { marginTop: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Anomalies shown per group before "Mostra tutte". */
export const FIRST_SHOWN = 50;

interface AnomalyGroupsProps {
  groups: AnomalyGroup[];
  selected: Anomaly | null;
  onSelect: (anomaly: Anomaly) => void;
  /** The objective's score, already formatted, when it could be computed. */
  scoreOf: (code: string) => string | undefined;
}

/**
 * The anomalies grouped by objective, every group open until the user closes
 * it. Tab moves between groups and items; the arrow keys move between the
 * items of a group.
 */
export function AnomalyGroups({ groups, selected, onSelect, scoreOf }: AnomalyGroupsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  // Groups are open unless the user closed them, so that a new validation shows everything.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  // Large plans have thousands of anomalies: each group shows its first ones until asked for all.
  const [complete, setComplete] = useState<ReadonlySet<string>>(new Set());
  const openItems = groups.map(groupKey).filter((key) => !closed.has(key));
  return (
    <Accordion
      multiple
      collapsible
      openItems={openItems}
      onToggle={(_event, data) => {
        const next = new Set(closed);
        if (next.has(String(data.value))) next.delete(String(data.value));
        else next.add(String(data.value));
        setClosed(next);
      }}
      aria-label={t("results.listLabel")}
    >
      {groups.map((group) => {
        const key = groupKey(group);
        const score = group.objective === null ? undefined : scoreOf(group.objective);
        return (
          <AccordionItem key={key} value={key}>
            <AccordionHeader as="h3">
              <span className={styles.header}>
                <span className={styles.line}>
                  <span className={styles.code}>{group.objective ?? t("results.generalGroup")}</span>
                  <SeverityBadge severity={group.worst}>
                    <span aria-label={t("results.groupCount", { count: group.anomalies.length })}>{group.anomalies.length}</span>
                  </SeverityBadge>
                  {score ? <span className={styles.score}>{t("results.score", { score })}</span> : null}
                </span>
                {group.title ? <span className={styles.title}>{group.title}</span> : null}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} {...arrows}>
                {(complete.has(key) ? group.anomalies : group.anomalies.slice(0, FIRST_SHOWN)).map((anomaly, index) => (
                  <li key={`${anomalyKey(anomaly)}#${index}`}>
                    <AnomalyItem anomaly={anomaly} selected={selected === anomaly} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
              {!complete.has(key) && group.anomalies.length > FIRST_SHOWN ? (
                <Button appearance="subtle" className={styles.more} onClick={() => setComplete(new Set(complete).add(key))}>
                  {t("results.showAll", { count: group.anomalies.length })}
                </Button>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
