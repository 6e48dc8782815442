import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ISO_DATE_ALLOWED, isoDate } from '../content/iso-date.js';
import { MsElement, type PackPart } from './ms-element.js';

/** The review dates a page gives, as YYYY-MM-DD. */
export interface GivenDates {
  /** Last reviewed (`reviewed`). */
  reviewed?: string;
  /** Next review due (`next-review`). */
  nextReview?: string;
}

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

  /** The valid dates the attributes give, trimmed; undefined where an attribute is absent or invalid. */
  protected given: GivenDates = {};

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.given = {
      reviewed: this.#valid('reviewed', this.reviewed),
      nextReview: this.#valid('next-review', this.nextReview),
    };
  }

  /** The date an attribute gives, trimmed, or undefined; a bad one warns. */
  #valid(attr: string, value: string | undefined): string | undefined {
    const date = isoDate(value);
    if (value && !date) this.warnInvalid(attr, value, ISO_DATE_ALLOWED);
    return date;
  }
}
