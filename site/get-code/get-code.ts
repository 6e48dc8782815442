// The Get code page's behaviour: reads the form, rewrites every snippet and
// the preview, checks the accent's contrast, copies. The snippet text itself
// comes from snippets.js, the same module the build and the tests use.
import { BACKGROUNDS, MIN_RATIO, hexOfLinear, linearChannels, normalizeHex, schemeContrast } from './contrast.js';
import { FONT_NAME_RULE, isFontName } from '../embed/options.js';
import { drawnAccent } from './drawn-accent.js';
import { SNIPPETS, defaultChoice, embedPath, shareConfig, type Choice, type Site } from './snippets.js';


type SiteData = Site & { benefitTitles: Record<string, string> };

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Get code: the page has no #${id}`);
  return el as T;
};

const data = JSON.parse(byId<HTMLScriptElement>('get-code-data').textContent ?? '{}') as SiteData;

const form = {
  widget: byId<HTMLSelectElement>('widget'),
  headingLevel: byId<HTMLSelectElement>('heading-level'),
  benefitOptions: byId<HTMLFieldSetElement>('benefit-options'),
  layout: byId<HTMLSelectElement>('layout'),
  lang: byId<HTMLSelectElement>('lang'),
  accent: byId<HTMLInputElement>('accent'),
  accentPicker: byId<HTMLInputElement>('accent-picker'),
  accentError: byId<HTMLElement>('accent-error'),
  scheme: byId<HTMLSelectElement>('scheme'),
  background: byId<HTMLSelectElement>('background'),
  font: byId<HTMLSelectElement>('font'),
  fontNameField: byId<HTMLElement>('font-name-field'),
  fontName: byId<HTMLInputElement>('font-name'),
  fontNameError: byId<HTMLElement>('font-name-error'),
  size: byId<HTMLInputElement>('size'),
  sizeError: byId<HTMLElement>('size-error'),
};
const preview = byId<HTMLIFrameElement>('preview');
const status = byId<HTMLElement>('status');
const benefitBoxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('input[name="benefits"]')];

/** Shows or clears a field's error; the field says it is invalid to assistive technology too. */
function setError(input: HTMLInputElement, error: HTMLElement, message: string): void {
  error.textContent = message;
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function readAccent(): string {
  const raw = form.accent.value.trim();
  if (!raw) {
    setError(form.accent, form.accentError, '');
    return '';
  }
  const hex = normalizeHex(raw);
  setError(form.accent, form.accentError, hex ? '' : `"${raw}" is not a hex colour: use 3 or 6 hex digits, such as #0a5394. The widget's own blue is used meanwhile.`);
  if (hex) form.accentPicker.value = hex;
  return hex ?? '';
}

function readFont(): string {
  const named = form.font.value === 'named';
  form.fontNameField.hidden = !named;
  if (!named) return form.font.value;
  const name = form.fontName.value.trim();
  const ok = isFontName(name);
  setError(form.fontName, form.fontNameError, ok || !name ? '' : `"${name}" cannot be used: ${FONT_NAME_RULE}. Sans-serif is used meanwhile.`);
  return ok ? name : 'sans';
}

function readSize(): number {
  const size = Number(form.size.value);
  const ok = Number.isInteger(size) && size >= 12 && size <= 24;
  setError(form.size, form.sizeError, ok ? '' : `"${form.size.value}" is not a text size here: a whole number from 12 to 24. 16 is used meanwhile.`);
  return ok ? size : 16;
}

function readChoice(): Choice {
  const config = data.configs.find((c) => c.id === form.widget.value) ?? data.configs[0];
  const base = defaultChoice(config, data);
  form.benefitOptions.hidden = config.tag !== 'ms-benefit-list';
  return {
    ...base,
    headingLevel: Number(form.headingLevel.value),
    layout: form.layout.value === 'grid' ? 'grid' : 'list',
    benefits: benefitBoxes().filter((b) => b.checked).map((b) => b.value),
    lang: form.lang.value,
    scheme: form.scheme.value as Choice['scheme'],
    accent: readAccent(),
    background: form.background.value === 'transparent' ? 'transparent' : 'solid',
    font: readFont(),
    size: readSize(),
  };
}

function showContrast(choice: Choice): void {
  for (const scheme of ['light', 'dark'] as const) {
    const drawn = drawnAccent(choice.accent, scheme);
    const channels = linearChannels(drawn);
    const out = byId<HTMLOutputElement>(`contrast-${scheme}`);
    const name = scheme === 'light' ? 'Light' : 'Dark';
    if (!channels) {
      // Not a colour form contrast.js reads (a future serialization): say so rather than guess.
      out.dataset.result = 'unknown';
      out.textContent = `${name}: this browser reports the accent as ${drawn}, which this page cannot measure.`;
      continue;
    }
    const hex = hexOfLinear(channels);
    // Judged on the hex shown, so a reader who checks it elsewhere gets the same ratio.
    const { ratio, pass } = schemeContrast(hex, scheme);
    const given = choice.accent ? `your ${choice.accent}` : `the widget's own accent`;
    const adjusted = choice.accent && hex !== choice.accent ? `, adjusted by the widget so that it reads` : '';
    const unused = choice.scheme !== 'auto' && choice.scheme !== scheme ? ` (not used: the scheme is set to ${choice.scheme})` : '';
    out.dataset.result = pass ? 'pass' : 'fail';
    out.dataset.drawn = hex;
    out.textContent =
      `${name}: ${given} is drawn as ${hex}${adjusted}; on ${BACKGROUNDS[scheme]}: ${ratio.toFixed(2)}:1, ` +
      (pass ? `passes (${MIN_RATIO}:1)` : `fails (below ${MIN_RATIO}:1): links would be hard to read`) +
      unused;
  }
}

let lastPreview = '';
function update(): void {
  const choice = readChoice();
  for (const { kind, make } of SNIPPETS) byId<HTMLTextAreaElement>(`snippet-${kind}`).value = make(choice, data);
  showContrast(choice);
  // Reload the preview only when its address changes: every reload flashes.
  const src = embedPath(choice, data);
  if (src !== lastPreview) {
    lastPreview = src;
    preview.src = src;
    preview.title = `Preview: ${shareConfig(choice, data).title}`;
  }
}

/** Unchecking the last benefit would leave an empty list: keep it checked and say why. */
function keepOneBenefit(event: Event): void {
  const box = event.target as HTMLInputElement;
  if (box.name === 'benefits' && !benefitBoxes().some((b) => b.checked)) {
    box.checked = true;
    announce('At least one benefit stays selected.');
  }
}

function announce(message: string): void {
  // Cleared first, so the same words twice in a row are read twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = byId<HTMLTextAreaElement>(button.dataset.copy ?? '');
  try {
    await navigator.clipboard.writeText(area.value);
    announce('Copied');
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  } catch {
    // No clipboard access (an old browser, a denied permission): select the
    // text so that the reader's own copy command takes it.
    area.focus();
    area.select();
    announce('Selected: press Control+C (Command+C on a Mac) to copy');
  }
}

/** The preview sizes itself from the embed page's generic height message (the same one the resizer reads). */
function onMessage(event: MessageEvent): void {
  const message = event.data as { type?: unknown; height?: unknown } | null;
  if (event.source !== preview.contentWindow || message?.type !== 'ms-widgets:height') return;
  const height = Number(message.height);
  if (Number.isFinite(height) && height > 0) preview.style.blockSize = `${Math.ceil(height)}px`;
}

const options = byId<HTMLFormElement>('options');
/** A newly picked widget starts from its own configuration (benefits-grid is a grid). */
function resetWidgetOptions(): void {
  const config = data.configs.find((c) => c.id === form.widget.value);
  form.layout.value = config?.attrs.layout === 'grid' ? 'grid' : 'list';
}

options.addEventListener('change', (event) => {
  if (event.target === form.widget) resetWidgetOptions();
  keepOneBenefit(event);
  update();
});
options.addEventListener('input', update);
options.addEventListener('submit', (event) => event.preventDefault());
form.accentPicker.addEventListener('input', () => {
  form.accent.value = form.accentPicker.value;
  update();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
}
addEventListener('message', onMessage);
update();
