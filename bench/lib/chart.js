// bench/chart.svg: grouped bars, one panel per row (a metric) and scenario, one bar per variant: the median, its interquartile range as
// a whisker, the value and the ratio to static HTML as labels. Plain SVG, no
// library.
const COLOURS = { static: '#7a7a7a', cdn: '#0a5394', 'cdn-snippet': '#6fa8dc', 'ssr-deferred': '#5cb85c', 'ssr-eager': '#2e6b3f', 'ssr-markup': '#b6d7a8', iframe: '#c0504d' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/**
 * `rows`: [{ label: [line, …], cells: { [scenario]: { [variant]: { median, q1, q3, ratio } } } }];
 * `scenarios`: [{ id, label }]; `variants`: [{ id, short, available }] (a
 * variant not available gets its legend entry struck through, no bars).
 * → SVG text.
 */
export function chartSvg(rows, { scenarios, variants, title, notes = [] }) {
  const VARIANTS = variants.map((v) => v.id);
  const VARIANT_LABEL = Object.fromEntries(variants.map((v) => [v.id, v.available === true ? v.short : `${v.short} (not available yet)`]));
  const cw = 300;
  const ch = 230;
  const left = 150;
  const top = 70;
  const width = left + cw * scenarios.length + 20;
  const height = top + ch * rows.length + 20 + 16 * notes.length;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="11" role="img" aria-labelledby="t">`,
    `<title id="t">${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`,
  );
  // Legend, each entry as wide as its label
  let lx = 10;
  VARIANTS.forEach((v) => {
    out.push(`<rect x="${lx}" y="36" width="12" height="12" fill="${COLOURS[v]}"/>`, `<text x="${lx + 16}" y="46">${esc(VARIANT_LABEL[v])}</text>`);
    lx += 16 + VARIANT_LABEL[v].length * 6.6 + 18;
  });
  scenarios.forEach(({ label }, j) => {
    out.push(`<text x="${left + j * cw + cw / 2}" y="${top - 4}" text-anchor="middle" font-weight="bold">${esc(label)}</text>`);
  });
  rows.forEach((row, i) => {
    const y0 = top + i * ch;
    row.label.forEach((text, k) =>
      out.push(`<text x="10" y="${y0 + ch / 2 - 8 + k * 15}"${k === 0 ? ' font-weight="bold"' : ''}>${esc(text)}</text>`),
    );
    scenarios.forEach(({ id: s }, j) => {
      const x0 = left + j * cw;
      const data = row.cells[s] ?? {};
      const max = Math.max(1, ...VARIANTS.map((v) => data[v]?.q3 ?? data[v]?.median ?? 0)) * 1.15;
      const plotH = ch - 60;
      const base = y0 + 20 + plotH;
      out.push(`<line x1="${x0 + 10}" y1="${base}" x2="${x0 + cw - 10}" y2="${base}" stroke="#333"/>`);
      const bw = (cw - 40) / VARIANTS.length - 10;
      VARIANTS.forEach((v, k) => {
        const d = data[v];
        if (!d || d.median == null) return;
        const x = x0 + 20 + k * (bw + 10);
        const hgt = (d.median / max) * plotH;
        out.push(`<rect x="${x}" y="${base - hgt}" width="${bw}" height="${hgt}" fill="${COLOURS[v]}"><title>${esc(`${VARIANT_LABEL[v]}: median ${fmt(d.median)}, IQR ${fmt(d.q1)}–${fmt(d.q3)}`)}</title></rect>`);
        const yq1 = base - (d.q1 / max) * plotH;
        const yq3 = base - (d.q3 / max) * plotH;
        const cx = x + bw / 2;
        out.push(`<path d="M${cx} ${yq1}V${yq3}M${cx - 5} ${yq1}H${cx + 5}M${cx - 5} ${yq3}H${cx + 5}" stroke="#000" stroke-width="1.2" fill="none"/>`);
        out.push(`<text x="${cx}" y="${Math.min(yq3, base - hgt) - 16}" text-anchor="middle">${fmt(d.median)}</text>`);
        if (v !== 'static' && d.ratio != null)
          out.push(`<text x="${cx}" y="${Math.min(yq3, base - hgt) - 4}" text-anchor="middle" fill="#555">×${d.ratio.toFixed(2)}</text>`);
      });
    });
  });
  notes.forEach((n, k) => out.push(`<text x="10" y="${height - 16 * (notes.length - k) + 4}" fill="#444">${esc(n)}</text>`));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
