// The cart drawer (lines, quantities, voucher, totals) and the orders drawer. Both talk to the same
// API as any front end; the assistant sees the same cart, so a change here is a change there.

import { ApiError } from './api.js';
import { callAs } from './auth.js';
import { announce, el, uid } from './dom.js';
import { count, dateTime, money, t } from './i18n.js';

export class CartDrawer {
  /** dialog: the <dialog>; badge: the header's item count; status: a live region. */
  constructor(dialog, badge, status, onCheckout) {
    this.dialog = dialog;
    this.badge = badge;
    this.status = status;
    this.onCheckout = onCheckout;
    this.body = dialog.querySelector('.drawer-body');
    this.cart = null;
  }

  /** Draws the cart first, then opens: the drawer never redraws under the shopper's focus. */
  async open() {
    await this.refresh();
    if (!this.dialog.open) {
      this.dialog.showModal();
    }
  }

  /** Reads the cart again and redraws the drawer and the badge. */
  async refresh() {
    try {
      this.show(await callAs('GET', 'api/v1/cart'));
    } catch (e) {
      announce(this.status, e.message);
    }
  }

  /** Adds one unit of a variant (a product card's button). */
  async add(itemCode) {
    this.show(await callAs('POST', 'api/v1/cart/lines', { itemCode, quantity: 1 }));
  }

  show(cart) {
    this.cart = cart;
    this.badge.textContent = cart.itemCount ? count(cart.itemCount) : '';
    this.badge.hidden = !cart.itemCount;
    this.body.replaceChildren(...this.render(cart));
  }

  render(cart) {
    if (!cart.lines.length) {
      return [el('p', { class: 'muted empty' }, t('cart.empty'))];
    }
    return [
      el('ul', { class: 'lines' }, cart.lines.map((line) => this.lineItem(line, cart.currency))),
      this.voucherForm(cart),
      totals(cart),
      el(
        'button',
        {
          type: 'button',
          class: 'primary wide checkout',
          onclick: () => {
            this.dialog.close();
            this.onCheckout();
          },
        },
        t('cart.checkout'),
      ),
    ];
  }

  lineItem(line, currency) {
    const qtyId = uid('qty');
    const options = Object.values(line.options || {}).join(', ');
    const quantity = el('input', {
      id: qtyId,
      type: 'number',
      min: 1,
      max: 99,
      value: line.quantity,
      inputmode: 'numeric',
      onchange: (e) => this.change(() => callAs('PUT', `api/v1/cart/lines/${line.id}`, {
        quantity: Number(e.target.value),
      })),
    });
    return el(
      'li',
      { class: 'line', dataset: { itemCode: line.itemCode } },
      el('div', { class: 'line-name' }, el('strong', {}, line.productName), el('span', { class: 'muted' }, options)),
      el('label', { for: qtyId, class: 'visually-hidden' }, t('cart.quantity', { name: line.productName })),
      quantity,
      el('span', { class: 'line-total' }, money(line.lineTotal, currency)),
      el(
        'button',
        {
          type: 'button',
          class: 'icon',
          'aria-label': t('cart.remove', { name: line.productName }),
          onclick: () => this.change(() => callAs('DELETE', `api/v1/cart/lines/${line.id}`)),
        },
        '×',
      ),
    );
  }

  voucherForm(cart) {
    const id = uid('voucher');
    const input = el('input', { id, name: 'voucher', autocomplete: 'off', maxlength: 64 });
    const message = el('p', { class: 'voucher-message', role: 'status' });
    if (cart.voucher) {
      input.value = cart.voucher.code;
      message.textContent = cart.voucher.applies
        ? t('cart.voucherApplied', { code: cart.voucher.code })
        : cart.voucher.reason;
      message.classList.toggle('error', !cart.voucher.applies);
    }
    const form = el(
      'form',
      { class: 'voucher' },
      el('label', { for: id }, t('cart.voucher')),
      el('div', { class: 'row' }, input, el('button', { type: 'submit', class: 'secondary' }, t('cart.applyVoucher'))),
      cart.voucher
        ? el(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => this.change(() => callAs('DELETE', 'api/v1/cart/voucher')),
            },
            t('cart.removeVoucher'),
          )
        : null,
      message,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const code = input.value.trim();
      if (!code) {
        return;
      }
      try {
        this.show(await callAs('PUT', 'api/v1/cart/voucher', { code }));
        this.body.querySelector('.voucher input')?.focus();
      } catch (err) {
        message.textContent = err.message;
        message.classList.add('error');
      }
    });
    return form;
  }

  /** Runs a cart change; shows the new cart or the refusal, keeping focus in the drawer. */
  async change(request) {
    try {
      this.show(await request());
    } catch (e) {
      announce(this.status, e instanceof ApiError ? e.message : t('status.offline'));
      await this.refresh();
    }
  }
}

function totals(cart) {
  const rows = [[t('cart.subtotal'), cart.subtotal]];
  if (Number(cart.discount) > 0) {
    rows.push([t('cart.discount'), -Number(cart.discount)]);
  }
  rows.push([t('cart.total'), cart.total]);
  return el(
    'dl',
    { class: 'totals' },
    rows.map(([label, amount], i) =>
      el('div', { class: i === rows.length - 1 ? 'total' : '' }, el('dt', {}, label), el('dd', {}, money(amount, cart.currency))),
    ),
  );
}

/** The orders drawer: the caller's orders, newest first. */
export async function showOrders(dialog) {
  const body = dialog.querySelector('.drawer-body');
  const page = await callAs('GET', 'api/v1/orders?size=20');
  if (!dialog.open) {
    dialog.showModal();
  }
  if (!page.items.length) {
    body.replaceChildren(el('p', { class: 'muted' }, t('orders.empty')));
    return;
  }
  body.replaceChildren(
    el(
      'ul',
      { class: 'orders' },
      page.items.map((order) =>
        el(
          'li',
          { class: 'order', dataset: { number: order.orderNumber } },
          el('strong', {}, order.orderNumber),
          el('span', { class: `badge status-${String(order.status).toLowerCase()}` }, order.status),
          el('span', { class: 'muted' }, `${dateTime(order.placedAt)} · ${t('orders.items', { n: order.itemCount })}`),
          el('span', { class: 'order-total' }, money(order.total, order.currency)),
        ),
      ),
    ),
  );
}
