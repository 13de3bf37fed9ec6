/**
 * @jest-environment jsdom
 */
/**
 * When office.js loads but never answers (a script it needs blocked), the pane does not stay
 * blank: after a few seconds it says so, in Italian first; if Office answers later, the pane
 * starts and the note goes. Jest's fake timers make "a few seconds" a count, not a wait.
 */
import { OFFICE_LATE_AFTER_MS, OFFICE_LATE_MESSAGE_IT, startWhenOfficeReady } from "../../src/taskpane/officeStartup";

function setup() {
  document.body.replaceChildren();
  const container = document.createElement("div");
  container.id = "root";
  document.body.appendChild(container);
  const mounted: (string | undefined)[] = [];
  let answer: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    answer = resolve;
  });
  return { container, mounted, ready, answer: () => answer() };
}

const note = () => document.querySelector("[data-office-late]");

describe("starting the pane", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("shows in Italian that Excel does not answer when Office.onReady stays silent", () => {
    const { container, mounted, ready } = setup();
    startWhenOfficeReady({ onReady: () => ready, displayLanguage: () => "it-IT", mount: (language) => mounted.push(language), container }, "it");
    jest.advanceTimersByTime(OFFICE_LATE_AFTER_MS - 1);
    expect(note()).toBeNull();
    jest.advanceTimersByTime(1);
    expect(note()?.getAttribute("role")).toBe("alert");
    expect(note()?.textContent).toContain(OFFICE_LATE_MESSAGE_IT);
    expect(mounted).toEqual([]);
  });

  it("starts the pane in Office's language and removes the note when Office answers late", async () => {
    const { container, mounted, ready, answer } = setup();
    startWhenOfficeReady({ onReady: () => ready, displayLanguage: () => "en-GB", mount: (language) => mounted.push(language), container }, "it");
    jest.advanceTimersByTime(OFFICE_LATE_AFTER_MS);
    expect(note()).not.toBeNull();
    answer();
    await ready;
    await Promise.resolve();
    expect(note()).toBeNull();
    expect(mounted).toEqual(["en-GB"]);
  });

  it("shows no note when Office answers in time", async () => {
    const { container, mounted, ready, answer } = setup();
    startWhenOfficeReady({ onReady: () => ready, displayLanguage: () => "it-IT", mount: (language) => mounted.push(language), container }, "it");
    answer();
    await ready;
    await Promise.resolve();
    jest.advanceTimersByTime(OFFICE_LATE_AFTER_MS * 2);
    expect(note()).toBeNull();
    expect(mounted).toEqual(["it-IT"]);
  });

  it("starts at once, in the browser's language, when office.js did not load at all", () => {
    const { container, mounted } = setup();
    startWhenOfficeReady({ onReady: undefined, displayLanguage: () => undefined, mount: (language) => mounted.push(language), container }, "it-IT");
    expect(mounted).toEqual(["it-IT"]);
  });
});
