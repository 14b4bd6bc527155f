// A grouped horizontal bar chart as SVG text: one group per program, one bar per engine, on a
// log-scale axis (the engines are orders of magnitude apart). No dependencies.

const COLORS = ['#1f6feb', '#d1242f', '#8250df', '#57606a', '#1a7f37'];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * rows: [{ name, values: { series: number|undefined } }]; series keep their first-seen order.
 * Missing or non-positive values draw no bar. marker: { value, label } draws a dashed vertical
 * line across the plot (a threshold to read the bars against).
 */
export function renderChart(rows, { title = '', unit = 'Mgas/s', marker } = {}) {
  const series = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  const all = rows.flatMap((r) => Object.values(r.values)).filter((v) => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const bar = 9, gap = 8, labelW = 230, plotW = 640, top = 58, right = 90;
  const groupH = series.length * bar + gap;
  const height = top + rows.length * groupH + 40;
  const width = labelW + plotW + right;
  const x = (v) => labelW + (Math.log10(v / lo) / Math.log10(hi / lo)) * plotW;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  out.push(`<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`);
  series.forEach((s, i) => {
    const lx = labelW + i * 150;
    out.push(`<rect x="${lx}" y="28" width="12" height="10" fill="${COLORS[i % COLORS.length]}"/>`);
    out.push(`<text x="${lx + 16}" y="37">${esc(s)}</text>`);
  });
  for (let d = lo; d <= hi; d *= 10) {
    const gx = x(d).toFixed(1);
    out.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 34}" stroke="#d0d7de"/>`);
    out.push(`<text x="${gx}" y="${height - 20}" text-anchor="middle">${d >= 1 ? d : d.toPrecision(1)}</text>`);
  }
  out.push(`<text x="${labelW + plotW / 2}" y="${height - 6}" text-anchor="middle">${esc(unit)} (log scale)</text>`);
  if (marker?.value > 0) {
    const mx = x(marker.value).toFixed(1);
    out.push(`<line x1="${mx}" y1="${top - 6}" x2="${mx}" y2="${height - 34}" stroke="#1a7f37" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    out.push(`<text x="${mx}" y="${top - 9}" text-anchor="middle" fill="#1a7f37">${esc(marker.label)}</text>`);
  }
  rows.forEach((r, gi) => {
    const gy = top + gi * groupH;
    out.push(`<text x="${labelW - 6}" y="${gy + (series.length * bar) / 2 + 4}" text-anchor="end">${esc(r.name)}</text>`);
    series.forEach((s, i) => {
      const v = r.values[s];
      if (!(v > 0)) return;
      const y = gy + i * bar;
      out.push(`<rect x="${labelW}" y="${y}" width="${Math.max(1, x(v) - labelW).toFixed(1)}" height="${bar - 1}" fill="${COLORS[i % COLORS.length]}"><title>${esc(`${r.name} ${s}: ${v.toFixed(1)} ${unit}`)}</title></rect>`);
      out.push(`<text x="${(x(v) + 3).toFixed(1)}" y="${y + bar - 1}" font-size="8" fill="#57606a">${v >= 100 ? v.toFixed(0) : v.toFixed(1)}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
