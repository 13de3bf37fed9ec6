import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useI18n } from "../i18n/messages";

interface BoundaryState {
  error: Error | null;
}

/**
 * The last line of defence: if rendering fails, the pane says so in words and
 * offers to start again, instead of going blank.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Errore nel riquadro", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <BoundaryMessage detail={this.state.error.message} onReset={() => this.setState({ error: null })} />;
  }
}

function BoundaryMessage({ detail, onReset }: { detail: string; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("boundary.title")}</MessageBarTitle>
        {t("boundary.body")} {detail ? t("failure.detail", { detail }) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReset}>{t("boundary.reload")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
