/**
 * Focus never hidden under a sticky bar (WCAG 2.2, 2.4.11 «Focus Not Obscured»). The pane's
 * commands stick to the top and the settings' Save bar to the bottom; whatever scrolls beneath
 * them (the document in Excel, the preview's side panel) keeps a scroll padding as tall as the
 * bar, so that the browser scrolls a focused control clear of it; and when a control still ends
 * up under the bar (a browser that scrolls the minimum on Tab or Shift+Tab), the container is
 * scrolled by the overlap.
 */
import { useLayoutEffect, type RefObject } from "react";

export type StickyEdge = "top" | "bottom";

/** Room left between the bar and the focused control, in CSS pixels. */
const GAP = 8;

/** The element that scrolls the pane: the nearest ancestor that scrolls vertically, else the document. */
export function scrollContainerOf(element: HTMLElement): HTMLElement {
  const view = element.ownerDocument.defaultView;
  for (let node = element.parentElement; node && view; node = node.parentElement) {
    const overflow = view.getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return element.ownerDocument.documentElement;
}

/**
 * How far to scroll (negative: up) so that `target` clears a bar stuck at `edge`; 0 when it is
 * already clear. Rectangles are the viewport's (getBoundingClientRect).
 */
export function overlapWithBar(target: { top: number; bottom: number }, bar: { top: number; bottom: number }, edge: StickyEdge): number {
  if (edge === "top") return target.top < bar.bottom + GAP && target.bottom > bar.top ? target.top - bar.bottom - GAP : 0;
  return target.bottom > bar.top - GAP && target.top < bar.bottom ? target.bottom - bar.top + GAP : 0;
}

/** Keeps focused controls clear of the sticky bar in `ref` while it is mounted. */
export function useStickyClearance(ref: RefObject<HTMLElement | null>, edge: StickyEdge): void {
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const container = scrollContainerOf(bar);
    const property = edge === "top" ? "scrollPaddingTop" : "scrollPaddingBottom";
    const pad = () => {
      container.style[property] = `${Math.ceil(bar.getBoundingClientRect().height) + GAP}px`;
    };
    pad();
    const resizes = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(pad);
    resizes?.observe(bar);
    const clear = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || bar.contains(target)) return;
      const overlap = overlapWithBar(target.getBoundingClientRect(), bar.getBoundingClientRect(), edge);
      if (overlap !== 0) container.scrollBy({ top: overlap });
    };
    const events = container === container.ownerDocument.documentElement ? container.ownerDocument : container;
    events.addEventListener("focusin", clear as EventListener);
    return () => {
      resizes?.disconnect();
      events.removeEventListener("focusin", clear as EventListener);
      container.style[property] = "";
    };
  }, [ref, edge]);
}
