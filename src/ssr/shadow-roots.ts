import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

export const isElement = (node: Node): node is Element => 'tagName' in node;
export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * How this renderer's shadow roots start: `<!--lit-part DIGEST-->`, the
 * opening marker of the element's own template, among the root's top-level
 * nodes (after the `<style>`). Hydration needs it; nothing else writes it.
 * The digest is Lit's hash of the template, 8 bytes in base64: `<!--lit-part
 * x-->` around a page's own text is no proof, and was kept as ours.
 */
const OUR_MARKER = /^lit-part [A-Za-z0-9+/]{11}=$/;

/** The `<template shadowrootmode>` children of an element: its declarative shadow roots. */
export const declarativeRoots = (el: Element): Template[] =>
  el.childNodes.filter((c): c is Template => isElement(c) && c.tagName === 'template' && attr(c, 'shadowrootmode') !== undefined);

/**
 * Whether `root` is a shadow root this renderer wrote; if not, what it is
 * instead, for the warning that says it was replaced.
 */
export function foreignRoot(root: Template): string | undefined {
  const mode = attr(root, 'shadowrootmode')?.toLowerCase();
  const nodes = root.content.childNodes;
  if (mode !== 'open') return `a root with shadowrootmode="${attr(root, 'shadowrootmode')}"`;
  if (nodes.length === 0) return 'an empty root';
  const ours = nodes.some((n) => n.nodeName === '#comment' && 'data' in n && OUR_MARKER.test(n.data));
  return ours ? undefined : 'a root without its hydration markers';
}
