/**
 * Every element, registered, with the English content they show and the
 * public ids: what the CDN file dist/cdn/ms-widgets.js holds. A page that
 * shows the article as published needs nothing more.
 *
 * The content API (registerContent for a translated or edited pack, and its
 * validator) is in ./index.js and dist/cdn/ms-widgets-full.js: it is most of
 * a kilobyte that an English page would load and never run.
 */
// First: they must run before Lit's modules evaluate and the elements register.
import './shared/unclobber.js';
import './shared/xml-page.js';

export { MsArticle } from './components/article/article.js';
export { MsSection } from './components/section/section.js';
export { MsBenefitList } from './components/benefit-list/benefit-list.js';
export { MsEvidenceCard } from './components/evidence-card/evidence-card.js';
export { MsEvidenceList } from './components/evidence-list/evidence-list.js';
export { MsRiskPanel, type MsToggleDetail } from './components/risk-panel/risk-panel.js';
export { MsSourceList } from './components/source-list/source-list.js';
export { MsDisclaimer, type MsReviewOverdueDetail } from './components/disclaimer/disclaimer.js';
export * from './content/ids.js';
