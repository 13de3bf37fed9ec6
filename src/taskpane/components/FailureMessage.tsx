import { DismissRegular } from "@fluentui/react-icons";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { useI18n } from "../i18n/messages";
import type { PaneFailure, PaneNotice } from "../session/sessionState";
import { failureTitle } from "./paneWords";

interface FailureMessageProps {
  failure: PaneFailure;
  /** A button in the message (e.g. "Riprova"). */
  action?: ReactNode;
  /** A close button at the corner. */
  dismiss?: ReactElement;
}

/** A failure in words: what could not be done, what to try, and the detail for support. */
export function FailureMessage({ failure, action, dismiss }: FailureMessageProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(failureTitle(failure.operation))}</MessageBarTitle>
        {failure.hint ? <span>{t(failure.hint)} </span> : null}
        <span>{t("failure.detail", { detail: failure.detail })}</span>
      </MessageBarBody>
      {action || dismiss ? <MessageBarActions containerAction={dismiss}>{action}</MessageBarActions> : null}
    </MessageBar>
  );
}

/** The message above the main area, with a button to dismiss it. */
export function NoticeBar({ notice, onDismiss }: { notice: PaneNotice; onDismiss: () => void }) {
  const { t } = useI18n();
  const dismiss = (
    <Button appearance="transparent" size="small" icon={<DismissRegular />} onClick={onDismiss} aria-label={t("actions.dismiss")} />
  );
  if (notice.intent === "error") return <FailureMessage failure={notice.failure} dismiss={dismiss} />;
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
      <MessageBarActions containerAction={dismiss} />
    </MessageBar>
  );
}
