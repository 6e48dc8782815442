import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ISO_DATE_ALLOWED, isoDate } from '../content/iso-date.js';
import { MsElement, type PackPart } from './ms-element.js';

/**
 * An element with the review-date attributes `reviewed` and `next-review`:
 * `ms-disclaimer`, and `ms-article`, which hands them to its disclaimer. A
 * bad date is reported once, on the tag the page wrote, and then ignored.
 */
export abstract class MsDated<K extends PackPart = PackPart, W = unknown> extends MsElement<K, W> {
  static override properties: PropertyDeclarations = {
    reviewed: {},
    nextReview: { attribute: 'next-review' },
  };

  /**
   * Date the content was last reviewed (YYYY-MM-DD). Without it, the content
   * pack's `meta.reviewed`. `ms-article` hands it to its disclaimer.
   */
  declare reviewed: string;
  /**
   * Date the content is next due for review (YYYY-MM-DD). Without it, the
   * content pack's `meta.nextReview`. `ms-article` hands it to its disclaimer.
   */
  declare nextReview: string;

  /** The valid dates the attributes give, trimmed (else undefined): last reviewed, next review due. */
  protected given: Array<string | undefined> = [];

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.given = [
      ['reviewed', this.reviewed],
      ['next-review', this.nextReview],
    ].map(([attr, value]) => {
      const valid = isoDate(value);
      if (value && !valid) this.warnInvalid(attr, value, ISO_DATE_ALLOWED);
      return valid;
    });
  }
}
