// What the assistant shows besides text: product cards (built from the public catalog API, so the
// price, options and stock are the store's, not the model's words) and the confirmation card of a
// write waiting for the customer's yes.

import { call } from './api.js';
import { el, uid } from './dom.js';
import { dateTime, money, t } from './i18n.js';

const MAX_CARDS = 6;
const LOW_STOCK = 5;

/** Product codes the turn's search/detail tools returned, in order, from the stored tool results. */
export function productCodesOf(messages) {
  const codes = [];
  for (const message of messages) {
    const result = message.result || {};
    if (message.tool === 'search_products' && Array.isArray(result.products)) {
      result.products.forEach((p) => p.code && codes.push(String(p.code)));
    } else if (message.tool === 'get_product_details' && result.code) {
      codes.push(String(result.code));
    }
  }
  return [...new Set(codes)].slice(0, MAX_CARDS);
}

/** The messages of the last turn: everything after the last message the customer wrote. */
export function lastTurn(messages) {
  let start = 0;
  messages.forEach((m, i) => {
    if (m.role === 'user') {
      start = i + 1;
    }
  });
  return messages.slice(start);
}

/** The cards of the products a turn's tool messages found, or null when there are none. */
export async function productCardsFor(messages, onAdd) {
  const codes = productCodesOf(messages);
  return codes.length ? productCards(codes, onAdd) : null;
}

/** A list of cards for the given product codes; onAdd(itemCode, button) adds to the cart. */
export async function productCards(codes, onAdd) {
  const products = await Promise.all(
    codes.map((code) =>
      call('GET', `api/v1/products/${encodeURIComponent(code)}`).catch(() => null),
    ),
  );
  const list = el('ul', { class: 'cards', 'aria-label': t('card.results') });
  for (const product of products.filter(Boolean)) {
    list.append(el('li', {}, productCard(product, onAdd)));
  }
  return list.children.length ? list : null;
}

function productCard(product, onAdd) {
  const titleId = uid('product');
  const variants = [...(product.variants || [])].sort((a, b) => b.available - a.available);
  const price = el('p', { class: 'price' });
  const stock = el('p', { class: 'stock' });
  const add = el('button', { type: 'button', class: 'primary add', 'aria-describedby': titleId });
  add.textContent = t('card.add');
  let chosen = variants[0];
  const show = (variant) => {
    chosen = variant;
    price.textContent = variant ? money(variant.price, product.currency) : '';
    stock.replaceChildren(stockBadge(variant));
    add.disabled = !variant || !variant.available;
  };
  const select = variantChooser(variants, titleId, show);
  add.addEventListener('click', () => chosen && onAdd(chosen.itemCode, add));
  show(chosen);
  return el(
    'article',
    { class: 'card product', 'aria-labelledby': titleId, dataset: { code: product.code } },
    el('div', { class: 'thumb', 'aria-hidden': 'true' }, initials(product.name)),
    el('h3', { id: titleId }, product.name),
    product.category ? el('p', { class: 'muted' }, product.category.name) : null,
    select,
    price,
    stock,
    add,
  );
}

/** A select of the variants by their options; hidden behind one line when there is one variant. */
function variantChooser(variants, titleId, onChange) {
  if (variants.length <= 1) {
    return variants.length ? el('p', { class: 'muted options' }, optionText(variants[0])) : null;
  }
  const id = uid('variant');
  const select = el(
    'select',
    { id, 'aria-describedby': titleId, onchange: (e) => onChange(variants[e.target.selectedIndex]) },
    variants.map((v) => el('option', { value: v.itemCode }, optionText(v))),
  );
  return el('div', { class: 'field' }, el('label', { for: id }, t('card.options')), select);
}

function optionText(variant) {
  const options = Object.values(variant.options || {}).join(', ');
  return options || variant.itemCode;
}

function stockBadge(variant) {
  if (!variant || !variant.available) {
    return el('span', { class: 'badge out' }, t('card.outOfStock'));
  }
  if (variant.stockQuantity <= LOW_STOCK) {
    return el('span', { class: 'badge low' }, t('card.lowStock', { n: variant.stockQuantity }));
  }
  return el('span', { class: 'badge ok' }, t('card.inStock'));
}

/** Two letters standing in for the product image the catalog does not have yet. */
function initials(name) {
  return String(name || '?')
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/**
 * The card of a pending write: the server's summary, and Confirm / Cancel. onAnswer(yes) sends the
 * customer's answer; both buttons are then disabled so a double click cannot send twice.
 */
export function confirmationCard(pending, onAnswer) {
  const titleId = uid('confirm');
  const yes = el('button', { type: 'button', class: 'primary confirm-yes' }, t('confirm.yes'));
  const no = el('button', { type: 'button', class: 'secondary confirm-no' }, t('confirm.no'));
  const card = el(
    'section',
    {
      class: 'card confirmation',
      role: 'group',
      'aria-labelledby': titleId,
      dataset: { token: pending.token, action: pending.action },
    },
    el('h3', { id: titleId }, `${t('confirm.title')}: ${t(`action.${pending.action}`)}`),
    el('p', { class: 'summary' }, pending.summary || ''),
    pending.expiresAt
      ? el('p', { class: 'muted' }, t('confirm.expires', { time: dateTime(pending.expiresAt) }))
      : null,
    el('div', { class: 'actions' }, yes, no),
  );
  const answer = (isYes) => {
    yes.disabled = true;
    no.disabled = true;
    card.classList.add('answered');
    onAnswer(isYes, pending.token);
  };
  yes.addEventListener('click', () => answer(true));
  no.addEventListener('click', () => answer(false));
  return card;
}

/** Disables the buttons of every card whose write is no longer pending. */
export function retireConfirmations(root, keepToken) {
  for (const card of root.querySelectorAll('.card.confirmation')) {
    if (card.dataset.token !== keepToken) {
      card.querySelectorAll('button').forEach((b) => {
        b.disabled = true;
      });
      card.classList.add('answered');
    }
  }
}
