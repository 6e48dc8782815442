/**
 * Every element, registered, plus the content API. The CDN file is built
 * from this module; per-element imports live under ./components/.
 */
export { MsArticle } from './components/article/article.js';
export { MsSection } from './components/section/section.js';
export { MsBenefitList } from './components/benefit-list/benefit-list.js';
export { MsEvidenceCard } from './components/evidence-card/evidence-card.js';
export { MsEvidenceList } from './components/evidence-list/evidence-list.js';
export { MsRiskPanel, type MsToggleDetail } from './components/risk-panel/risk-panel.js';
export { MsSourceList } from './components/source-list/source-list.js';
export { MsDisclaimer } from './components/disclaimer/disclaimer.js';
export * from './content/index.js';
