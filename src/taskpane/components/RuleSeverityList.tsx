import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_ORDER, type Severity } from "../../core/rules/anomaly";
import { RULE_FAMILIES } from "../../core/rules/ruleCatalogue";
import { ruleDescription, ruleName } from "../../core/wording/renderMessage";
import { useI18n } from "../i18n/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  family: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  familyCount: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  rules: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS },
});

const DEFAULT = "default";

type Overrides = Record<string, Severity | "off">;

interface RuleSeverityListProps {
  overrides: Overrides;
  onChange: (overrides: Overrides) => void;
}

/**
 * «Controlli da eseguire»: the rules by family (structure, weights, targets, results), each
 * family folded under a header that says how many checks it holds and how many are off; each
 * check by its plain name, with what it checks as the hint, and one choice: its default
 * severity, another severity, or off.
 */
export function RuleSeverityList({ overrides, onChange }: RuleSeverityListProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t("settings.rules")}</legend>
      <Text size={200} className={styles.hint}>
        {t("settings.rulesHint")}
      </Text>
      <Accordion multiple collapsible>
        {RULE_FAMILIES.map(({ family, rules }) => {
          const off = rules.filter((rule) => overrides[rule.id] === "off").length;
          return (
            <AccordionItem key={family} value={family}>
              <AccordionHeader as="h3">
                <span className={styles.family}>
                  <span>{t(`settings.family.${family}`)}</span>
                  <span className={styles.familyCount}>
                    {t("settings.familyCount", { count: rules.length })}
                    {off === 0 ? "" : `, ${off === 1 ? t("settings.familyOff.one") : t("settings.familyOff.many", { count: off })}`}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.rules}>
                  {rules.map((rule) => (
                    <Field key={rule.id} label={ruleName(rule.id, locale)} hint={ruleDescription(rule.id, locale)}>
                      <Select
                        value={overrides[rule.id] ?? DEFAULT}
                        data-rule={rule.id}
                        onChange={(_event, data) => {
                          const next = { ...overrides };
                          if (data.value === DEFAULT) delete next[rule.id];
                          else next[rule.id] = data.value as Severity | "off";
                          onChange(next);
                        }}
                      >
                        <option value={DEFAULT}>{t("settings.ruleDefault", { severity: t(`severity.${rule.defaultSeverity}`) })}</option>
                        {SEVERITY_ORDER.map((severity) => (
                          <option key={severity} value={severity}>
                            {t(`severity.${severity}`)}
                          </option>
                        ))}
                        <option value="off">{t("settings.ruleOff")}</option>
                      </Select>
                    </Field>
                  ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </fieldset>
  );
}
