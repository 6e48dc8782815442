/**
 * WordPress sizes a sandboxed embed to at most 1,000 px and scrolls the
 * rest inside the frame, where a reader may never find it. A widget taller
 * than that (the evidence list, or any widget in a narrow column) is shown
 * cut at a clear edge instead, ending with the page's "continue reading"
 * link to the whole article: nothing is cut off without saying so.
 *
 * Only where WordPress framed the page (a secret in the address): other hosts
 * size the frame to the whole content (the resizer) or let it scroll.
 */
export const WORDPRESS_MAX_HEIGHT = 1000;

const pageHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

export function fitHeight(maxHeight = WORDPRESS_MAX_HEIGHT): void {
  const main = document.querySelector('main');
  const more = document.querySelector<HTMLElement>('[data-more-in-frame]');
  const widget = main?.firstElementChild;
  if (!main || !more || !widget) return;
  const fit = () => {
    main.style.maxHeight = '';
    main.classList.remove('cut');
    more.hidden = true;
    if (pageHeight() <= maxHeight) return;
    more.hidden = false;
    main.classList.add('cut');
    // What the page needs besides the widget (margins, the link) stays; the widget gets the rest.
    const around = pageHeight() - main.getBoundingClientRect().height;
    main.style.maxHeight = `${Math.max(120, maxHeight - around)}px`;
  };
  fit();
  // The widget's own size (a precaution opened, a narrower frame) is not
  // changed by the cut, so watching it cannot loop.
  new ResizeObserver(fit).observe(widget);
}
