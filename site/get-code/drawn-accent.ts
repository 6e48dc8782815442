// The accent a widget draws its links in, read from the widget's own design
// tokens in this browser: the Get code page judges that colour, so the
// check can never disagree with what the widget shows.
import { tokens } from '../../src/shared/tokens.styles.js';
import { TEXT } from './contrast.js';

let probes: Record<'light' | 'dark', { host: HTMLElement; link: HTMLAnchorElement }> | undefined;

function probe(scheme: 'light' | 'dark') {
  const host = document.createElement('span');
  host.hidden = true;
  host.setAttribute('aria-hidden', 'true');
  // The embed page's own scheme and text colour (a mixed accent takes part of it).
  host.style.colorScheme = scheme;
  host.style.color = TEXT[scheme];
  const root = host.attachShadow({ mode: 'open' });
  // Adopted, as the widgets do: the page's CSP allows no inline <style>.
  if (tokens.styleSheet) root.adoptedStyleSheets = [tokens.styleSheet];
  const link = document.createElement('a');
  link.href = '#';
  root.append(link);
  document.body.append(host);
  return { host, link };
}

/** The colour links are drawn in on a page of `scheme`, as the browser computes it. */
export function drawnAccent(accent: string, scheme: 'light' | 'dark'): string {
  probes ??= { light: probe('light'), dark: probe('dark') };
  const { host, link } = probes[scheme];
  if (accent) host.style.setProperty('--ms-color-accent', accent);
  else host.style.removeProperty('--ms-color-accent');
  return getComputedStyle(link).color;
}
