/** @jest-environment jsdom */
import "../support/setupDom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { ErrorBoundary } from "../../../src/taskpane/components/ErrorBoundary";
import { I18nProvider } from "../../../src/taskpane/i18n/messages";

function Fragile() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error("grafico non disegnabile");
  return <button onClick={() => setBroken(true)}>Rompi</button>;
}

describe("the pane's error boundary", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["it", "Il riquadro ha incontrato un errore", "Ricarica il riquadro"],
    ["en", "The pane ran into an error", "Reload the pane"],
  ] as const)("shows a readable message instead of a blank pane (%s)", (locale, title, reload) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider locale={locale}>
          <ErrorBoundary>
            <Fragile />
          </ErrorBoundary>
        </I18nProvider>
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Rompi" }));
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.getByText(/grafico non disegnabile/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: reload }));
    expect(screen.getByRole("button", { name: "Rompi" })).toBeTruthy();
  });
});
