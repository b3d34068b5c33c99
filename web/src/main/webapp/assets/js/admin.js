// The admin dashboard: the ledger's tokens and cost per day by model, the costliest customers,
// today's alert state, budget refusals and fallbacks from /metrics, and the tier change. The admin
// token is kept in sessionStorage, apart from any shopper's token in the same browser.

import { ApiError, Session, call } from './api.js';
import { horizontalBars, stackedColumns } from './charts.js';
import { el } from './dom.js';
import { applyLabels, count, money, t } from './i18n.js';

const session = new Session(window.sessionStorage, 'admin.');
const $ = (selector) => document.querySelector(selector);
const usd = (value) => `$${Number(value).toFixed(Number(value) !== 0 && Math.abs(value) < 1 ? 4 : 2)}`;

applyLabels();
$('#link-admin-center').href = `https://${window.location.hostname}:9443/adminCenter/`;
$('#admin-login').addEventListener('submit', signIn);
$('#admin-sign-out').addEventListener('click', () => {
  session.clear();
  showSignIn();
});
$('#range-form').addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
$('#tier-form').addEventListener('submit', changeTier);

if (isAdmin()) {
  showDashboard();
} else {
  showSignIn();
}

function isAdmin() {
  const customer = session.customer;
  return Boolean(session.token && customer && (customer.roles || []).includes('admin'));
}

function showSignIn() {
  $('#dashboard').hidden = true;
  $('#range-form').hidden = true;
  $('#admin-sign-out').hidden = true;
  $('#admin-signin').hidden = false;
  $('#admin-username').focus();
}

function showDashboard() {
  $('#admin-signin').hidden = true;
  $('#dashboard').hidden = false;
  $('#range-form').hidden = false;
  $('#admin-sign-out').hidden = false;
  load();
}

async function signIn(event) {
  event.preventDefault();
  const form = event.target;
  const error = form.querySelector('.form-error');
  try {
    session.keep(await call('POST', 'api/v1/auth/login', {
      body: { username: form.elements.username.value.trim(), password: form.elements.password.value },
    }));
  } catch (e) {
    error.textContent = e.message;
    return;
  }
  if (!isAdmin()) {
    session.clear();
    error.textContent = t('admin.notAdmin');
    return;
  }
  form.reset();
  showDashboard();
}

/** Calls the admin API; an expired or foreign token sends the administrator back to sign-in. */
async function admin(path, options = {}) {
  try {
    return await call(options.method || 'GET', path, { session, body: options.body });
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      session.clear();
      showSignIn();
    }
    throw e;
  }
}

async function load() {
  const alerts = await admin('api/v1/admin/usage/alerts');
  showAlerts(alerts);
  const days = lastDays(alerts.day, Number($('#range').value));
  const from = days[0];
  const to = days[days.length - 1];
  await Promise.all([
    drawDays(days),
    drawUsers(from, to),
    drawCounters('#chart-refusals', 'token_budget_refusals_total', ['tier', 'reason']),
    drawCounters('#chart-fallbacks', 'assistant_fallbacks_total', ['from', 'to', 'cause']),
  ]);
  document.body.dataset.loaded = 'true';
}

/** The n days ending with the store's today (ISO dates; the store's zone decides "today"). */
export function lastDays(today, n) {
  const end = new Date(`${today}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(end);
    day.setUTCDate(end.getUTCDate() - (n - 1 - i));
    return day.toISOString().slice(0, 10);
  });
}

/** One by-model report per day: the API groups by one key, the chart needs day × model. */
async function drawDays(days) {
  const reports = await Promise.all(
    days.map((day) => admin(`api/v1/admin/usage?from=${day}&to=${day}&groupBy=model`)),
  );
  const models = [...new Set(reports.flatMap((r) => r.rows.map((row) => row.model)))].sort();
  const series = (field) =>
    models.map((model) => ({
      name: model,
      values: reports.map((r) => Number((r.rows.find((row) => row.model === model) || {})[field] || 0)),
    }));
  const tokens = $('#chart-tokens .chart-body');
  const cost = $('#chart-cost .chart-body');
  if (!models.length) {
    tokens.replaceChildren(el('p', { class: 'muted' }, t('admin.noData')));
    cost.replaceChildren(el('p', { class: 'muted' }, t('admin.noData')));
    return;
  }
  stackedColumns(tokens, t('admin.tokensByDay'), { labels: days, series: series('total') }, compact);
  stackedColumns(cost, t('admin.costByDay'), { labels: days, series: series('costUsd') }, usd);
}

async function drawUsers(from, to) {
  const report = await admin(`api/v1/admin/usage?from=${from}&to=${to}&groupBy=user`);
  const body = $('#chart-users .chart-body');
  const items = report.rows.slice(0, 10).map((row) => ({
    label: `#${row.customerId} ${row.email || row.handle || ''}`,
    value: Number(row.costUsd),
  }));
  if (!items.length) {
    body.replaceChildren(el('p', { class: 'muted' }, t('admin.noData')));
    return;
  }
  horizontalBars(body, t('admin.topUsers'), items, usd);
}

/** A counter of /metrics (this instance), one bar per label combination. */
async function drawCounters(selector, name, labels) {
  const body = document.querySelector(`${selector} .chart-body`);
  let samples = [];
  try {
    const response = await fetch(new URL('/metrics', window.location.href));
    samples = response.ok ? parsePrometheus(await response.text(), name) : [];
  } catch (e) {
    samples = [];
  }
  const items = samples
    .filter((s) => s.value > 0)
    .map((s) => ({ label: labels.map((l) => s.labels[l]).filter(Boolean).join(' · '), value: s.value }))
    .sort((a, b) => b.value - a.value);
  if (!items.length) {
    body.replaceChildren(el('p', { class: 'muted' }, t('admin.noCounts')));
    return;
  }
  horizontalBars(body, document.querySelector(`${selector} h2`).textContent, items, count);
}

/** The samples of one metric in Prometheus text: [{labels: {...}, value}]. */
export function parsePrometheus(text, name) {
  const samples = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) {
      continue;
    }
    const match = /^[^{\s]+(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) {
      continue;
    }
    const labels = {};
    for (const pair of (match[1] || '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1]] = pair[2];
    }
    samples.push({ labels, value: Number(match[2]) });
  }
  return samples;
}

function showAlerts(alerts) {
  const lines = [
    el('p', {}, t('admin.todayCost', {
      cost: money(alerts.today.costUsd), threshold: money(alerts.dailyCostThresholdUsd),
    })),
    el('p', {}, `${count(alerts.today.calls)} calls · ${compact(alerts.today.total)} tokens`),
    el('p', {}, t('admin.overWarning', {
      share: `${Math.round(alerts.warningShare * 100)} %`, n: alerts.customersOverWarning,
    })),
  ];
  if (alerts.costAlert) {
    lines.unshift(el('p', { class: 'notice error', role: 'alert' }, t('admin.costAlert')));
  }
  const customers = el('ul', {}, alerts.customers.slice(0, 10).map((c) =>
    el('li', {}, `#${c.customerId} ${c.email || c.handle || ''} · ${c.tier} · ${c.period}: ${count(c.used)} / ${count(c.limit)}`)));
  $('#alerts').replaceChildren(...lines, customers);
}

async function changeTier(event) {
  event.preventDefault();
  const form = event.target;
  const result = $('#tier-result');
  const id = form.elements.customerId.value;
  try {
    const answer = await admin(`api/v1/admin/customers/${encodeURIComponent(id)}/tier`, {
      method: 'PUT', body: { tier: form.elements.tier.value },
    });
    result.className = '';
    result.textContent = t('admin.tierChanged', {
      id: answer.customerId, who: answer.email || answer.handle, from: answer.previousTier, to: answer.tier,
    });
  } catch (e) {
    result.className = 'form-error';
    result.textContent = e.message;
  }
}

/** 12345 -> 12.3k, for axis labels. */
function compact(value) {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
