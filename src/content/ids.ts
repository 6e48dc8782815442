/**
 * The stable ids: public attribute values (`benefits`, `study`, `name`) and
 * keys of every content pack. Never rename one; the types derive from these.
 */
export const SECTION_IDS = [
  'introduction',
  'understanding-ms',
  'conventional-treatments',
  'exploring-stem-cell-therapy',
  'conclusion',
] as const;
export const BENEFIT_IDS = [
  'regeneration-of-myelin',
  'immune-system-modulation',
  'potential-disease-modification',
  'improved-quality-of-life',
] as const;
export const STUDY_IDS = ['halt-ms', 'mesenchymal-stem-cells', 'systematic-review'] as const;
export const PRECAUTION_IDS = [
  'treatment-selection',
  'treatment-risks',
  'long-term-safety',
  'ethical-considerations',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];
export type BenefitId = (typeof BENEFIT_IDS)[number];
export type StudyId = (typeof STUDY_IDS)[number];
export type PrecautionId = (typeof PRECAUTION_IDS)[number];
