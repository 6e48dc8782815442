import { ATTRIBUTION_ID, MsAttributed } from '../shared/attributed.js';
import type { FoundWidget, FoundWidgets } from './find-widgets.js';

/** What one widget of a page does about the page's one full attribution. */
export interface AttributionPlan {
  /** `#id` of the element that shows it: this widget shows a link there instead of the full line. */
  link?: string;
  /** The id this widget's host gets, as the holder of the full line. */
  id?: string;
}

/** Elements that credit the article in full anyway, as in shared/attributed.ts. */
const PAGE_HOLDERS = new Set(['ms-disclaimer', 'ms-article']);

const isAttributed = (tag: string): boolean => customElements.get(tag)?.prototype instanceof MsAttributed;

/**
 * The browser's rule (shared/attributed.ts), applied to the whole page the
 * renderer sees, so that the page is rendered as it will hydrate: the
 * element with id `ms-attribution` holds the full line, else the page's
 * first ms-disclaimer or ms-article, else the last attributed widget once
 * there are two. A holder without an id gets `ms-attribution`, which is also
 * how the browser finds the same holder again.
 */
export function planAttribution(found: FoundWidgets): Map<FoundWidget, AttributionPlan> {
  const plans = new Map<FoundWidget, AttributionPlan>();
  const rendered = found.widgets.filter((w) => !w.keep);
  const peers = rendered.filter((w) => isAttributed(w.tag) && !('no-attribution' in w.attrs));
  let holder: FoundWidget | undefined;
  if (found.attributionTarget) holder = rendered.find((w) => w.attrs.id === ATTRIBUTION_ID);
  else holder = rendered.find((w) => PAGE_HOLDERS.has(w.tag)) ?? (peers.length > 1 ? peers.at(-1) : undefined);
  const linked = peers.filter((peer) => peer !== holder);
  // Nobody to link: nothing changes, and (as in the browser) no id is given.
  if ((!holder && !found.attributionTarget) || linked.length === 0) return plans;
  const id = holder?.attrs.id || ATTRIBUTION_ID;
  if (holder && !holder.attrs.id) plans.set(holder, { id });
  for (const peer of linked) plans.set(peer, { link: `#${id}` });
  return plans;
}
