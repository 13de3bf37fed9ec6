/**
 * A small hand-written virtualiser for the anomaly list: past 100 rows, only the rows near the
 * visible part of the pane are in the DOM (a 10.000-indicator plan has thousands of anomalies), the list keeps its
 * full height through padding, so that the pane's own scroll bar and the page's scrolling behave
 * as with every row present.
 *
 * - The list scrolls with the pane (its nearest scrolling ancestor, or the page), not in a box of
 *   its own: there is one scroll bar, as in any task pane.
 * - Rows have different heights (messages wrap): each rendered row is measured after layout and
 *   remembered by its key, so that filtering or grouping again keeps what was measured; rows never
 *   rendered count at an estimate.
 * - `scrollToIndex` brings a row into view (keyboard, «anomalia successiva») and renders it at
 *   once, even before the browser reports the scroll.
 * Where layout reports no sizes (jsdom in tests), the window's height bounds what is rendered.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";

/** Pixels rendered above and below the visible part, so that a fast scroll never shows a gap. */
const OVERSCAN_PX = 600;
/**
 * Lists up to this many rows are rendered whole: they cost little, and the browser's own search
 * (Ctrl+F) finds every anomaly. Longer ones are virtualised.
 */
const ALWAYS_RENDERED = 100;
/** The visible height when layout reports none (tests). */
const FALLBACK_VIEWPORT_PX = 800;

export interface VirtualRows {
  listRef: RefObject<HTMLDivElement | null>;
  /** First and last (exclusive) row rendered. */
  start: number;
  end: number;
  paddingTop: number;
  paddingBottom: number;
  /** Ref callback for the rendered row `index`, so that it is measured. */
  rowRef: (index: number) => (element: HTMLElement | null) => void;
  /** Brings row `index` into view (unless it already is) and renders it. */
  scrollToIndex: (index: number) => void;
}

type Scroller = HTMLElement | Window;

function scrollParent(element: HTMLElement): Scroller {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return window;
}

/** The element whose scrollTop moves the scroller. */
function scrollElement(scroller: Scroller): Element {
  return scroller instanceof Window ? (document.scrollingElement ?? document.documentElement) : scroller;
}

/** The visible part of the pane, in the list's own coordinates (0 = the list's top edge). */
function visibleWindow(list: HTMLElement, scroller: Scroller): { top: number; height: number } {
  const listTop = list.getBoundingClientRect().top;
  const viewportTop = scroller instanceof Window ? 0 : scroller.getBoundingClientRect().top;
  const height = scroller instanceof Window ? window.innerHeight : scroller.clientHeight;
  return { top: viewportTop - listTop, height: height > 0 ? height : window.innerHeight || FALLBACK_VIEWPORT_PX };
}

/** The first index whose row ends after `y` (offsets has count + 1 entries). */
function firstEndingAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle + 1] ?? 0) > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function useVirtualRows(keys: readonly string[], estimate: (index: number) => number): VirtualRows {
  const listRef = useRef<HTMLDivElement | null>(null);
  const heights = useRef(new Map<string, number>());
  const rendered = useRef(new Map<number, HTMLElement>());
  const [measured, setMeasured] = useState(0);
  /** A row scrolled to by `scrollToIndex`, placed exactly once it is rendered (estimates are only estimates). */
  const pendingScroll = useRef<number | null>(null);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEWPORT_PX });

  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    keys.forEach((key, index) => {
      result[index + 1] = (result[index] ?? 0) + (heights.current.get(key) ?? estimate(index));
    });
    return result;
    // `measured` is in the dependencies because it changes when a row's height is learnt.
  }, [keys, estimate, measured]);

  const total = offsets[keys.length] ?? 0;
  const whole = keys.length <= ALWAYS_RENDERED;
  const start = whole ? 0 : Math.min(keys.length, firstEndingAfter(offsets, view.top - OVERSCAN_PX));
  const end = whole ? keys.length : Math.max(start, Math.min(keys.length, firstEndingAfter(offsets, view.top + view.height + OVERSCAN_PX) + 1));

  // Follows the scrolling of the pane (or the page) and its resizing.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const scroller = scrollParent(list);
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = visibleWindow(list, scroller);
      setView((previous) => (previous.top === next.top && previous.height === next.height ? previous : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      scroller.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, []);

  // Measures the rows just rendered; a changed height moves the rows below it.
  useLayoutEffect(() => {
    let changed = false;
    for (const [index, element] of rendered.current) {
      const key = keys[index];
      const height = element.offsetHeight;
      if (key === undefined || height <= 0) continue;
      if (Math.abs((heights.current.get(key) ?? -1) - height) > 0.5) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setMeasured((version) => version + 1);
    const target = pendingScroll.current === null ? undefined : rendered.current.get(pendingScroll.current);
    const list = listRef.current;
    if (target && list) {
      pendingScroll.current = null;
      const scroller = scrollParent(list);
      const viewportTop = scroller instanceof Window ? 0 : scroller.getBoundingClientRect().top;
      const { height } = visibleWindow(list, scroller);
      scrollElement(scroller).scrollTop += target.getBoundingClientRect().top - viewportTop - height / 3;
    }
  });

  const rowRef = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      if (element) rendered.current.set(index, element);
      else rendered.current.delete(index);
    },
    [],
  );

  const scrollToIndex = useCallback(
    (index: number) => {
      const list = listRef.current;
      if (!list || index < 0 || index >= keys.length) return;
      const scroller = scrollParent(list);
      const current = visibleWindow(list, scroller);
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      // Visible already, below the sticky commands that cover the pane's top quarter at most.
      if (top >= current.top + current.height / 4 && bottom <= current.top + current.height) return;
      pendingScroll.current = index;
      scrollElement(scroller).scrollTop += top - current.top - current.height / 3;
      setView({ top: top - current.height / 3, height: current.height });
    },
    [keys.length, offsets],
  );

  return { listRef, start, end, paddingTop: offsets[start] ?? 0, paddingBottom: total - (offsets[end] ?? total), rowRef, scrollToIndex };
}
