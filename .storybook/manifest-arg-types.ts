/**
 * Docs and controls from custom-elements.json.
 *
 * Storybook's built-in reader keys every row by its bare name, so a part, a
 * slot and an attribute with the same name overwrite one another (the
 * `heading` slot disappears behind the `heading` part, the `reviewed`
 * attribute's control behind the `reviewed` part). This reader keeps one row
 * per manifest entry by giving slots, parts and events their own arg keys,
 * while the table still shows the name from the manifest:
 *
 * | manifest entry      | arg key              | control                           |
 * | attribute `layout`  | `layout`             | from its type (select for a union) |
 * | slot `heading`      | `slot-heading`       | text, placed in the slot          |
 * | part `item`         | `part-item`          | none (documentation only)         |
 * | CSS property        | `--ms-color-accent`  | colour or text, set as a style    |
 * | event `ms-toggle`   | `onMsToggle`         | an action named `ms-toggle`       |
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Entry {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
interface Attribute extends Entry {
  fieldName?: string;
}
interface Member extends Entry {
  kind: string;
  privacy?: string;
  attribute?: string;
}
export interface ElementDoc {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
  events?: Entry[];
}
export interface Manifest {
  modules: Array<{ declarations?: ElementDoc[] }>;
}

export function findElement(manifest: Manifest, tagName: string): ElementDoc | undefined {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/** `'list' | 'grid'` → ['list', 'grid']; anything else → undefined. */
function literalUnion(type = ''): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim());
  const literals = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).filter((m) => m !== null);
  return parts.length > 1 && literals.length === parts.length ? literals.map((m) => m[1] ?? m[2]) : undefined;
}

const camel = (event: string) => event.replace(/[-_:.\s]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
export const eventArg = (event: string) => {
  const name = camel(event);
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}`;
};
export const slotArg = (slot: string) => `slot-${slot || 'default'}`;
export const partArg = (part: string) => `part-${part}`;

/** A default that is a named constant in the code (e.g. DEFAULT_LEVEL) says nothing to a reader: the description gives the value. */
const shownDefault = (value?: string) => (value === undefined || /^[A-Z][A-Z0-9_]*$/.test(value) ? undefined : value);

const table = (category: string, entry: Entry) => {
  const fallback = shownDefault(entry.default);
  return {
    category,
    type: entry.type?.text ? { summary: entry.type.text } : undefined,
    defaultValue: fallback !== undefined ? { summary: fallback } : undefined,
  };
};

export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const el = findElement(manifest, tagName);
  if (!el) return {};
  const argTypes: ArgTypes = {};

  for (const attr of el.attributes ?? []) {
    const field = el.members?.find((m) => m.attribute === attr.name || m.name === attr.fieldName);
    const type = attr.type?.text ?? field?.type?.text ?? 'string';
    const options = literalUnion(type);
    argTypes[attr.name] = {
      name: attr.name,
      description: attr.description ?? field?.description,
      table: table('attributes', { ...attr, default: attr.default ?? field?.default }),
      ...(options
        ? { control: { type: 'select' }, options }
        : { control: { type: type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'text' } }),
    };
  }
  // Public properties that no attribute mirrors (none today): listed, not controlled.
  for (const member of el.members ?? []) {
    if (member.kind !== 'field' || (member.privacy && member.privacy !== 'public') || member.attribute) continue;
    argTypes[`property-${member.name}`] = {
      name: member.name,
      description: member.description,
      control: false,
      table: table('properties', member),
    };
  }
  for (const slot of el.slots ?? []) {
    argTypes[slotArg(slot.name)] = {
      name: slot.name || '(default)',
      description: slot.description,
      control: { type: 'text' },
      table: { category: 'slots' },
    };
  }
  for (const prop of el.cssProperties ?? []) {
    argTypes[prop.name] = {
      name: prop.name,
      description: prop.description,
      control: { type: prop.name.includes('color') ? 'color' : 'text' },
      table: table('css custom properties', prop),
    };
  }
  for (const part of el.cssParts ?? []) {
    argTypes[partArg(part.name)] = {
      name: part.name,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }
  for (const event of el.events ?? []) {
    argTypes[eventArg(event.name)] = {
      name: event.name,
      description: event.description,
      action: event.name,
      control: false,
      table: table('events', event),
    };
  }
  return argTypes;
}

/** The element's summary and description, for the top of its docs page. */
export function descriptionFromManifest(manifest: Manifest, tagName: string): string | undefined {
  const el = findElement(manifest, tagName);
  return el ? [el.summary, el.description].filter(Boolean).join('\n\n') : undefined;
}
