import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

interface NoPlanGuideProps {
  sheets: string[];
  reason: string;
  busy: boolean;
  onInsertTemplate: () => void;
  onLoadExample: () => void;
}

/** What the pane shows when the workbook holds no plan: how to start, and why nothing was recognised. */
export function NoPlanGuide({ sheets, reason, busy, onInsertTemplate, onLoadExample }: NoPlanGuideProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="no-plan-title">
      <Subtitle2 as="h2" id="no-plan-title">
        {t("noPlan.title")}
      </Subtitle2>
      <Text as="p">{t("noPlan.body")}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onInsertTemplate}>
          {t("actions.insertTemplate")}
        </Button>
        <Button disabled={busy} onClick={onLoadExample}>
          {t("actions.loadExample")}
        </Button>
      </div>
      {reason ? (
        <Text as="p" size={200} className={styles.detail}>
          {t("noPlan.reason", { reason })}
        </Text>
      ) : null}
      <Text as="p" size={200} className={styles.detail}>
        {sheets.length > 0 ? t("noPlan.sheets", { sheets: sheets.join(", ") }) : t("noPlan.noSheets")}
      </Text>
    </section>
  );
}
