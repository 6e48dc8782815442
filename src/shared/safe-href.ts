// The one rule for links a page hands the widgets (source-url, a pack's URLs in structured data).

/**
 * A link target the page gave: an http or https URL, absolute or relative to
 * the page. Anything else (`javascript:`, `data:`…) is no link at all.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  try {
    return value && /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
