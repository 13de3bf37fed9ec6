/** @jest-environment jsdom */
import "../support/setupDom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { ErrorBoundary } from "../../../src/taskpane/components/ErrorBoundary";
import { preloadableLazy } from "../../../src/taskpane/components/lazyViews";
import { I18nProvider } from "../../../src/taskpane/i18n/messages";

function Greeting({ name }: { name: string }) {
  return <p>Buongiorno {name}</p>;
}

/** A chunk that arrives when the test says so. */
function controlledChunk() {
  let deliver: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const load = jest.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        deliver = () => resolve(Greeting);
        fail = reject;
      }),
  );
  return { load, deliver: () => deliver(), fail: (error: Error) => fail(error) };
}

function renderLazy(component: ReturnType<typeof preloadableLazy<{ name: string }>>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="it">
        <ErrorBoundary>
          <Suspense fallback={<p>Caricamento</p>}>
            <component.Component name="Anna" />
          </Suspense>
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("a component in a chunk loaded on demand", () => {
  it("shows the fallback until its chunk arrives when it was not preloaded", async () => {
    const chunk = controlledChunk();
    const lazy = preloadableLazy(chunk.load);
    renderLazy(lazy);
    expect(screen.getByText("Caricamento")).toBeTruthy();
    await act(async () => chunk.deliver());
    expect(screen.getByText("Buongiorno Anna")).toBeTruthy();
  });

  it("renders at once, without the fallback, when preloaded, and fetches its chunk only once", async () => {
    const chunk = controlledChunk();
    const lazy = preloadableLazy(chunk.load);
    lazy.preload();
    lazy.preload();
    await act(async () => chunk.deliver());
    renderLazy(lazy);
    expect(screen.queryByText("Caricamento")).toBeNull();
    expect(screen.getByText("Buongiorno Anna")).toBeTruthy();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it("fetches again after a failed preload, and a chunk that cannot load reaches the error boundary", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const chunk = controlledChunk();
    const lazy = preloadableLazy(chunk.load);
    lazy.preload();
    await act(async () => chunk.fail(new Error("rete assente")));
    renderLazy(lazy);
    expect(chunk.load).toHaveBeenCalledTimes(2);
    await act(async () => chunk.fail(new Error("Loading chunk 310 failed.")));
    expect(screen.getByText("Il riquadro ha incontrato un errore")).toBeTruthy();
    expect(screen.getByText(/Loading chunk 310 failed/)).toBeTruthy();
    jest.restoreAllMocks();
  });
});
