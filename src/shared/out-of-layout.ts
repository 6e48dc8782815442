import { isServer } from 'lit';

/**
 * Chromium restyles sibling elements that turn from inline to block in one
 * style pass in time that grows with the square of their number, when
 * whitespace (a line break) sits between them. That is what a definition
 * does to a page of pasted tags: an unknown tag is inline, and `:host` makes
 * each host a block. At 4× CPU, 3,000 bare tags took 13.7 s of style; taken
 * out of layout first and turned into blocks in the next pass, 0.23 s
 * (Performance page, "Chromium's sibling-host style cost").
 *
 * So before a tag is defined, when two of its waiting hosts are inline
 * siblings, its waiting hosts are hidden by a sheet of our own and their
 * style is flushed; once defined, the sheet's `:not(:defined)` no longer
 * matches them. The sheet goes in a microtask, before the task ends: no frame is
 * painted with it, and a host whose upgrade failed gets the page's display
 * back.
 */

/** Ours while a definition runs; gone before the task ends. */
let sheet: CSSStyleSheet | undefined;

export function takeWaitingHostsOutOfLayout(tag: string): void {
  // Server rendering has Lit's DOM shim, with a document that cannot query.
  if (isServer) return;
  const waiting = `${tag}:not(:defined)`;
  // Only siblings cost anything, so a sibling is what is looked for, by
  // selector: listing every host instead gave each its script object before
  // the upgrade, and the upgrade then changed that object's prototype, which
  // cost about 330 B of heap more per widget (many-cards.js heap: 945 B per
  // card against 618 B). A server-rendered host is a block already (its
  // shadow root's own style), and would lose its laid-out box for nothing.
  const sibling = document.querySelector(`${waiting} ~ ${waiting}`);
  if (!sibling || sibling.shadowRoot) return;
  try {
    // Hosts that are blocks already turn into nothing new: a pasted
    // snippet's rule reserves their space as blocks (`flow-root`), and hidden
    // they would lose it, and a page's animation on them would start over.
    if (!flushedDisplay(sibling).startsWith('inline')) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      queueMicrotask(bringBack);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(`${waiting}{display:none!important}`);
    flushedDisplay(sibling);
  } catch {
    // A page that broke adoptedStyleSheets or getComputedStyle: the
    // definition goes ahead without this, at the engine's own cost.
  }
}

/** Reading a computed style makes the engine bring the page's style up to date: once hidden, the hosts leave layout now. */
function flushedDisplay(element: Element): string {
  return getComputedStyle(element).display;
}

function bringBack(): void {
  const ours = sheet;
  sheet = undefined;
  if (!ours) return;
  try {
    // Emptied first: whatever the page did to adoptedStyleSheets, nothing stays hidden.
    ours.replaceSync('');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== ours);
  } catch {
    // A page that broke them: an empty sheet left in the list hides nothing.
  }
}
