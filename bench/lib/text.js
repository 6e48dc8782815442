// The text a variant shows: every text node of the composed tree (shadow
// roots instead of light children, a slot's assigned nodes or else its
// fallback), skipping what is never shown (script, style, template,
// display: none), with each frame's text in place of its <iframe>.
// Whitespace is normalised, so markup layout does not matter.

const FRAME = '\u0000frame\u0000';

const frameText = (FRAME) => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return void out.push(node.data);
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (SKIP.has(node.tagName)) return;
      if (node.tagName === 'IFRAME') return void out.push(` ${FRAME} `);
      if (getComputedStyle(node).display === 'none') return;
      out.push(' ');
      if (node.tagName === 'SLOT' && node.assignedNodes().length) node.assignedNodes().forEach(walk);
      else (node.shadowRoot ?? node).childNodes.forEach(walk);
      out.push(' ');
      return;
    }
    node.childNodes?.forEach(walk);
  };
  walk(document.documentElement);
  return out.join('');
};

export const normalise = (s) => s.replace(/\s+/g, ' ').trim();

/** The normalised text of `page`, frames included (in document order). */
export async function visibleText(page) {
  const texts = new Map();
  for (const frame of page.frames()) texts.set(frame, await frame.evaluate(frameText, FRAME));
  const expand = (frame) => {
    let text = texts.get(frame);
    for (const child of frame.childFrames()) text = text.replace(FRAME, () => expand(child));
    return text;
  };
  return normalise(expand(page.mainFrame()));
}
