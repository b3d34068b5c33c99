// Small SVG charts for the admin page, drawn without a library: stacked columns (per day, one
// colour per model) and horizontal bars (top customers, counters). Each chart carries its numbers
// as a table in a <details> below it, for screen readers and for anyone who wants the figures.

import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
export const PALETTE = ['#0b5cad', '#c2410c', '#2b8a3e', '#862e9c', '#a16207', '#0e7490'];

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function html(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten, at least max. */
export function niceMax(max) {
  if (!(max > 0)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) {
      return step * power;
    }
  }
  return 10 * power;
}

/**
 * Stacked columns: labels along the x axis, one series per stack layer.
 * data = {labels: [...], series: [{name, values: [...]}]}; format(number) writes the numbers.
 */
export function stackedColumns(container, title, data, format) {
  const width = widthOf(container);
  const height = 280;
  const pad = { left: 64, right: 12, top: 12, bottom: 44 };
  const totals = data.labels.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / Math.max(1, data.labels.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  chart.append(svg('title', {}, title));
  axisY(chart, pad, plotW, plotH, top, format);
  data.labels.forEach((label, i) => {
    let y = pad.top + plotH;
    data.series.forEach((series, s) => {
      const value = series.values[i] || 0;
      const h = (value / top) * plotH;
      if (h > 0) {
        y -= h;
        const bar = svg('rect', {
          x: pad.left + i * slot + slot * 0.15, y, width: slot * 0.7, height: h,
          fill: PALETTE[s % PALETTE.length], class: 'bar',
        });
        bar.append(svg('title', {}, `${label} · ${series.name}: ${format(value)}`));
        chart.append(bar);
      }
    });
    if (data.labels.length <= 16 || i % Math.ceil(data.labels.length / 16) === 0) {
      chart.append(svg('text', {
        x: pad.left + i * slot + slot / 2, y: height - pad.bottom + 16, 'text-anchor': 'middle',
      }, shortLabel(label)));
    }
  });
  const rows = data.labels.map((label, i) => [label, ...data.series.map((s) => format(s.values[i] || 0)), format(totals[i])]);
  draw(container, chart, legend(data.series.map((s) => s.name)), table(['', ...data.series.map((s) => s.name), 'Σ'], rows));
}

/** Horizontal bars, largest first: items = [{label, value}]. */
export function horizontalBars(container, title, items, format) {
  const width = widthOf(container);
  const rowH = 26;
  const pad = { left: Math.min(220, width * 0.4), right: 80, top: 6, bottom: 6 };
  const height = pad.top + pad.bottom + Math.max(1, items.length) * rowH;
  const top = Math.max(0, ...items.map((item) => item.value)) || 1;
  const plotW = width - pad.left - pad.right;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  chart.append(svg('title', {}, title));
  items.forEach((item, i) => {
    const y = pad.top + i * rowH;
    // About 7.5 px per character at 12 px: the label is cut to the room left of the bars.
    const room = Math.floor((pad.left - 8) / 7.5);
    chart.append(svg('text', { x: pad.left - 8, y: y + rowH * 0.65, 'text-anchor': 'end' }, truncate(item.label, room)));
    const bar = svg('rect', {
      x: pad.left, y: y + 4, width: Math.max(1, (item.value / top) * plotW), height: rowH - 8,
      fill: PALETTE[i % PALETTE.length], class: 'bar',
    });
    bar.append(svg('title', {}, `${item.label}: ${format(item.value)}`));
    chart.append(bar);
    chart.append(svg('text', { x: pad.left + (item.value / top) * plotW + 6, y: y + rowH * 0.65 }, format(item.value)));
  });
  draw(container, chart, null, table(['', ''], items.map((item) => [item.label, format(item.value)])));
}

/** Drawn at the panel's own width, so the text keeps its size on any screen. */
function widthOf(container) {
  return Math.max(360, Math.round(container.clientWidth || 640));
}

function axisY(chart, pad, plotW, plotH, top, format) {
  for (let k = 0; k <= 4; k += 1) {
    const y = pad.top + plotH - (plotH * k) / 4;
    chart.append(svg('line', { x1: pad.left, x2: pad.left + plotW, y1: y, y2: y, class: 'axis', 'stroke-opacity': k ? 0.3 : 1 }));
    chart.append(svg('text', { x: pad.left - 6, y: y + 4, 'text-anchor': 'end' }, format((top * k) / 4)));
  }
}

function draw(container, chart, legendList, details) {
  container.replaceChildren(chart);
  if (legendList) {
    container.append(legendList);
  }
  container.append(details);
}

function legend(names) {
  return html('ul', { class: 'legend' }, names.map((name, i) => {
    const swatch = html('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = PALETTE[i % PALETTE.length];
    return html('li', {}, swatch, name);
  }));
}

function table(head, rows) {
  return html(
    'details', {},
    html('summary', {}, t('admin.chart.table')),
    html('table', {},
      html('thead', {}, html('tr', {}, head.map((h) => html('th', { scope: 'col' }, h)))),
      html('tbody', {}, rows.map((row) => html('tr', {}, row.map((cell, i) => html(i ? 'td' : 'th', i ? {} : { scope: 'row' }, cell)))))),
  );
}

function shortLabel(label) {
  // 2026-11-28 -> 11-28: the year is in the range picker.
  return /^\d{4}-\d{2}-\d{2}$/.test(label) ? label.slice(5) : label;
}

function truncate(text, max) {
  const value = String(text ?? '');
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
