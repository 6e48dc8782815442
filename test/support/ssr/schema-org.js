// A small, offline checker for the part of the schema.org vocabulary that our
// structured data uses (the vocabulary itself is not available here). Each
// type lists its parent types and the properties this project uses on it,
// each with the types schema.org expects as its value ("range"), as the
// schema.org pages define them (https://schema.org/<Type>):
//
//   WebPage.lastReviewed: Date            CreativeWork.citation: CreativeWork | Text
//   CreativeWork.about: Thing             CreativeWork.isBasedOn: CreativeWork | Product | URL
//   CreativeWork.isPartOf: CreativeWork | URL
//   CreativeWork.inLanguage: Language | Text
//   CreativeWork.version: Number | Text   CreativeWork.datePublished: Date | DateTime
//   CreativeWork.comment: Comment         CreativeWork.author: Organization | Person
//   CreativeWork.dateCreated: Date | DateTime   CreativeWork.text: Text
//   Thing.name: Text   Thing.url: URL     Thing.identifier: PropertyValue | Text | URL
//   PropertyValue.propertyID: Text | URL  PropertyValue.value: Boolean | Number | StructuredValue | Text
//
// A property used on a type that does not have it, a value of a type outside
// its range, an unknown @type or a malformed date or URL is an error.

const TYPES = {
  Thing: { parents: [], props: { name: ['Text'], url: ['URL'], identifier: ['PropertyValue', 'Text', 'URL'] } },
  CreativeWork: {
    parents: ['Thing'],
    props: {
      about: ['Thing'],
      citation: ['CreativeWork', 'Text'],
      isBasedOn: ['CreativeWork', 'Product', 'URL'],
      isPartOf: ['CreativeWork', 'URL'],
      inLanguage: ['Language', 'Text'],
      version: ['Number', 'Text'],
      datePublished: ['Date', 'DateTime'],
      comment: ['Comment'],
      author: ['Organization', 'Person'],
      dateCreated: ['Date', 'DateTime'],
      text: ['Text'],
    },
  },
  WebPage: { parents: ['CreativeWork'], props: { lastReviewed: ['Date'] } },
  MedicalWebPage: { parents: ['WebPage'], props: {} },
  Article: { parents: ['CreativeWork'], props: {} },
  Comment: { parents: ['CreativeWork'], props: {} },
  Organization: { parents: ['Thing'], props: {} },
  Person: { parents: ['Thing'], props: {} },
  ScholarlyArticle: { parents: ['Article'], props: {} },
  Series: { parents: ['Intangible'], props: {} },
  CreativeWorkSeries: { parents: ['CreativeWork', 'Series'], props: {} },
  Periodical: { parents: ['CreativeWorkSeries'], props: {} },
  Intangible: { parents: ['Thing'], props: {} },
  StructuredValue: { parents: ['Intangible'], props: {} },
  PropertyValue: {
    parents: ['StructuredValue'],
    props: { propertyID: ['Text', 'URL'], value: ['Boolean', 'Number', 'StructuredValue', 'Text'] },
  },
  Language: { parents: ['Intangible'], props: {} },
  Product: { parents: ['Thing'], props: {} },
  MedicalEntity: { parents: ['Thing'], props: {} },
  MedicalCondition: { parents: ['MedicalEntity'], props: {} },
  MedicalTherapy: { parents: ['MedicalEntity'], props: {} },
};

/** The type and every type it inherits from. */
function lineage(type) {
  const seen = new Set();
  const walk = (t) => {
    if (seen.has(t)) return;
    seen.add(t);
    TYPES[t].parents.forEach(walk);
  };
  walk(type);
  return seen;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const validDate = (s) => DATE.test(s) && (s.length < 10 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const DATA_TYPES = {
  Text: (v) => typeof v === 'string' && v.trim() !== '',
  URL: (v) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v),
  Date: (v) => typeof v === 'string' && validDate(v),
  DateTime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /T/.test(v),
  Number: (v) => typeof v === 'number' && Number.isFinite(v),
  Boolean: (v) => typeof v === 'boolean',
};

/** The errors in a JSON-LD node of the vocabulary above; [] when it is sound. */
export function checkSchemaOrg(node, path = '$', top = true) {
  const errors = [];
  if (top && node['@context'] !== 'https://schema.org') errors.push(`${path}: @context must be "https://schema.org"`);
  const type = node['@type'];
  if (!(type in TYPES)) return [...errors, `${path}: unknown @type ${JSON.stringify(type)}`];
  const types = lineage(type);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || (top && key === '@context')) continue;
    const owner = [...types].find((t) => key in TYPES[t].props);
    if (!owner) {
      errors.push(`${path}: ${type} has no property "${key}"`);
      continue;
    }
    const range = TYPES[owner].props[key];
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) errors.push(`${path}.${key}: empty`);
    values.forEach((v, i) => {
      const at = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (v && typeof v === 'object') {
        const inner = v['@type'];
        if (!(inner in TYPES)) {
          errors.push(`${at}: unknown @type ${JSON.stringify(inner)}`);
          return;
        }
        if (!range.some((r) => lineage(inner).has(r))) errors.push(`${at}: a ${inner} is not a ${range.join(' or ')}`);
        errors.push(...checkSchemaOrg(v, at, false));
      } else if (!range.some((r) => DATA_TYPES[r]?.(v))) {
        errors.push(`${at}: ${JSON.stringify(v)} is not a ${range.join(' or ')}`);
      }
    });
  }
  return errors;
}
