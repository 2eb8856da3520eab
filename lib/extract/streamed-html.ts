/*
 * Pages streamed by React (Next.js and others) send a shell first and the content later, in
 * `<div hidden id="S:n">` segments at the end of the body that an inline script ($RC, $RS) moves into the place
 * of an empty `<template id="B:n">` (a Suspense boundary) or `<template id="P:n">` (a placeholder). A browser
 * runs that script; we do not, so without this the article sits in a hidden div and is read as hidden furniture.
 */

const SEGMENT_OPEN = /<div\s+hidden(?:="[^"]*")?\s+id="(S:\d{1,6})"\s*>/g;
const SLOT_TEMPLATE = /<template\s+id="([BP]:\d{1,6})"\s*>\s*<\/template>/g;
/** `$RC("B:0","S:0")` (boundary, segment) and `$RS("S:1","P:1")` (segment, placeholder). */
const MOVE_CALL = /\$R([CS])\("([BSP]:\d{1,6})","([BSP]:\d{1,6})"\)/g;
const SEGMENT_ATTRIBUTE = "data-streamed-segment";
const SLOT_ATTRIBUTE = "data-streamed-slot";
/** More than this many segments is not a page React streamed: leave the markup as it is. */
const MAX_SEGMENTS = 500;

/**
 * Marks streamed segments (unhidden) and their slots in the markup, before scripts and templates are stripped.
 * Linear in the page; a page without segments comes back unchanged.
 */
export function markStreamedSegments(html: string): string {
  if (!html.includes('id="S:')) return html;
  const segments = [...html.matchAll(SEGMENT_OPEN)].length;
  if (segments === 0 || segments > MAX_SEGMENTS) return html;
  const slotOf = new Map<string, string>();
  for (const [, kind, first = "", second = ""] of html.matchAll(MOVE_CALL)) {
    if (kind === "C") slotOf.set(second, first);
    else slotOf.set(first, second);
  }
  return html
    .replace(
      SEGMENT_OPEN,
      (_match, id: string) => `<div ${SEGMENT_ATTRIBUTE}="${slotOf.get(id) ?? id.replace("S:", "B:")}">`,
    )
    .replace(SLOT_TEMPLATE, (_match, id: string) => `<span ${SLOT_ATTRIBUTE}="${id}"></span>`);
}

/**
 * Moves each marked segment into its slot, where the browser shows it (a segment whose slot is missing stays
 * where it is, visible), and drops the slots. Segments are placed in document order, so a segment that fills a
 * slot inside an earlier segment follows it there.
 */
export function placeStreamedSegments(document: Document): void {
  const segments = [...document.querySelectorAll(`[${SEGMENT_ATTRIBUTE}]`)];
  if (segments.length === 0) return;
  const slots = new Map<string, Element>();
  for (const slot of document.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)) {
    const id = slot.getAttribute(SLOT_ATTRIBUTE) ?? "";
    if (!slots.has(id)) slots.set(id, slot);
  }
  for (const segment of segments) {
    const slot = slots.get(segment.getAttribute(SEGMENT_ATTRIBUTE) ?? "");
    // A slot inside the segment itself would detach it from the page.
    if (slot?.parentNode && !segment.contains(slot)) slot.parentNode.replaceChild(segment, slot);
  }
  for (const slot of slots.values()) slot.remove();
}
