/**
 * What a reader sees, not what the DOM holds: text whose element is rendered
 * and visible (checkVisibility: not display:none, not in a closed disclosure's
 * hidden content, not visibility:hidden, not transparent) and whose own boxes
 * have an area. Used to weigh the precautions against the benefits.
 */
import { walkFlattened } from './helpers.js';

const CHECK = { visibilityProperty: true, opacityProperty: true } as const;

/** The element's parent in the flat tree (slot, shadow host or parent). */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
}

/** Whether `el` and every ancestor (across shadow roots) lets its content show. */
export function isShown(el: Element): boolean {
  // A box-less wrapper (a slot, display: contents) shows what its parent shows.
  if (getComputedStyle(el).display === 'contents') {
    const parent = flatParent(el);
    return parent !== null && isShown(parent);
  }
  if (typeof el.checkVisibility === 'function') return el.checkVisibility(CHECK);
  // Without checkVisibility: a rendered box and a visible computed style.
  const style = getComputedStyle(el);
  return el.getClientRects().length > 0 && style.visibility === 'visible' && style.opacity !== '0';
}

/** Whether a text node draws at least one box with an area. */
function drawn(text: Text): boolean {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
}

/** The text of `start` (shadow roots and slots included) that is shown on screen, white space collapsed. */
export function visibleText(start: Node): string {
  const parts: string[] = [];
  walkFlattened(start, (node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return true;
    if (node.nodeType !== Node.TEXT_NODE) return false;
    const text = node as Text;
    const parent = text.parentElement;
    if ((text.textContent ?? '').trim() && parent && isShown(parent) && drawn(text)) parts.push(text.textContent!);
    return true;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Words in a text: runs of non-space characters. */
export const wordCount = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);
