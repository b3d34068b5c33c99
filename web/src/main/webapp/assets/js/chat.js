// The chat page: starts as a guest, restores the conversation kept from the last visit, and sends
// each message as a streamed turn. Product cards, the cart drawer and confirmation cards hang off
// the turn's events.

import { ApiError } from './api.js';
import { callAs, ensureSignedIn } from './auth.js';
import { confirmationCard, lastTurn, productCardsFor, retireConfirmations } from './cards.js';
import { CartDrawer, showOrders } from './cart.js';
import { ChatView } from './chat-view.js';
import { Conversation } from './conversation.js';
import { announce } from './dom.js';
import { applyLabels, t } from './i18n.js';
import { AccountPanel } from './account.js';

const CART_TOOLS = new Set([
  'add_to_cart', 'update_cart_line', 'remove_cart_line', 'clear_cart', 'apply_voucher',
  'remove_voucher', 'confirm_checkout',
]);
const ORDER_TOOLS = new Set(['confirm_checkout', 'confirm_order_change']);

const $ = (selector) => document.querySelector(selector);

applyLabels();
const status = $('#status');
const view = new ChatView($('#log'), $('#typing'), $('#budget-banner'));
const conversation = new Conversation();
const cart = new CartDrawer($('#cart-drawer'), $('#cart-count'), status, () =>
  send(t('cart.checkoutMessage')),
);
const account = new AccountPanel($('#account-dialog'), $('#account-button'), status, afterSignIn);
const form = $('#composer');
const input = $('#message');
let busy = false;

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (text && !busy) {
    input.value = '';
    input.style.height = '';
    send(text);
  }
});
input.addEventListener('input', () => {
  // The box grows with a longer message, up to a few lines.
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight + 2, 144)}px`;
});
input.addEventListener('keydown', (e) => {
  // Enter sends, Shift+Enter is a new line: the usual chat keys.
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    form.requestSubmit();
  }
});
$('#cart-button').addEventListener('click', () => cart.open());
$('#orders-button').addEventListener('click', () =>
  showOrders($('#orders-drawer')).catch((e) => announce(status, e.message)),
);
$('#new-chat').addEventListener('click', () => {
  conversation.forget();
  view.clear();
  view.message('assistant', t('chat.welcome'));
  input.focus();
});
for (const dialog of document.querySelectorAll('dialog')) {
  dialog.querySelector('.close')?.addEventListener('click', () => dialog.close());
}

start();

async function start() {
  try {
    await ensureSignedIn();
    account.update();
    await restore();
    await Promise.all([cart.refresh(), showUsage()]);
  } catch (e) {
    view.notice('error', null, t('status.offline'));
  }
}

/** Draws the kept conversation (or the welcome) and its pending confirmation, if any. */
async function restore() {
  view.clear();
  const stored = await conversation.load();
  const messages = stored ? stored.messages.filter((m) => m.role !== 'tool' && m.text) : [];
  if (!messages.length) {
    view.message('assistant', t('chat.welcome'));
  }
  for (const message of messages) {
    view.message(message.role === 'user' ? 'user' : 'assistant', message.text);
  }
  if (stored) {
    view.append(await productCardsFor(lastTurn(stored.messages), addToCart));
    if (stored.pendingConfirmation) {
      view.append(confirmationCard(stored.pendingConfirmation, answerConfirmation));
    }
  }
}

async function showUsage() {
  const usage = await callAs('GET', 'api/v1/usage/me');
  view.budgetWarning({
    warning: usage.today.warning || usage.month.warning,
    today: { used: usage.today.total, limit: usage.today.limit },
    thisMonth: { used: usage.month.total, limit: usage.month.limit },
  });
}

/** One turn: the message out, the answer streamed in. */
async function send(text, confirmationToken) {
  if (busy) {
    return; // one turn at a time: the composer and the cards wait for the answer
  }
  busy = true;
  form.setAttribute('aria-busy', 'true');
  view.message('user', text);
  view.startAnswer();
  let pending = null;
  let answer = null;
  try {
    await conversation.send(text, confirmationToken, {
      text: (data) => view.delta(data.delta),
      tool: (data) => view.tool(data),
      confirmation: (data) => {
        pending = data;
      },
      usage: (data) => view.budgetWarning(data.budget),
      done: (data) => {
        answer = data;
      },
      error: (problem) => refused(problem),
    });
    if (answer) {
      await finish(answer);
    }
  } catch (e) {
    refused(e instanceof ApiError ? { ...e.problem, retryAfter: e.retryAfter } : null);
  } finally {
    busy = false;
    form.removeAttribute('aria-busy');
    view.typing.hidden = true;
    if (pending && !document.querySelector(`.card.confirmation[data-token="${pending.token}"]`)) {
      view.append(confirmationCard(pending, answerConfirmation));
    }
  }
}

/** The turn's last event: text, cards, and whatever the tools changed. */
async function finish(answer) {
  view.endAnswer(answer.reply);
  retireConfirmations(view.log, answer.pendingConfirmation && answer.pendingConfirmation.token);
  if (answer.pendingConfirmation) {
    view.append(confirmationCard(answer.pendingConfirmation, answerConfirmation));
  }
  const names = (answer.toolCalls || []).map((call) => call.name);
  try {
    if (names.some((name) => name === 'search_products' || name === 'get_product_details')) {
      const stored = await conversation.load();
      if (stored) {
        view.append(await productCardsFor(lastTurn(stored.messages), addToCart));
      }
    }
    if (names.some((name) => CART_TOOLS.has(name))) {
      await cart.refresh();
    }
    if (names.some((name) => ORDER_TOOLS.has(name)) && $('#orders-drawer').open) {
      await showOrders($('#orders-drawer'));
    }
  } catch (e) {
    // The answer stands; only the extras (cards, cart badge) could not be drawn.
    announce(status, e.message);
  }
}

/** A turn refused before or during the stream: budget, rate limit, capacity, failure. */
function refused(problem) {
  view.endAnswer(null);
  const slug = problem && problem.type ? problem.type.substring(problem.type.lastIndexOf(':') + 1) : '';
  if (slug === 'token-budget-exceeded') {
    view.budgetExceeded(problem, () => account.open('register'));
  } else if (slug === 'rate-limited') {
    view.notice('error', null, t('chat.rateLimited'));
  } else if (slug === 'model-capacity-exceeded') {
    view.notice('error', null, t('chat.busy', { seconds: problem.retryAfter || 60 }));
  } else {
    view.notice('error', null, t('chat.failed'));
  }
}

/** Confirm sends the card's token with an explicit yes; Cancel sends a plain no. */
function answerConfirmation(yes, token) {
  send(t(yes ? 'confirm.yesMessage' : 'confirm.noMessage'), yes ? token : null);
  input.focus();
}

async function addToCart(itemCode, button) {
  try {
    await cart.add(itemCode);
    button.textContent = t('card.added');
    announce(status, t('card.added'));
  } catch (e) {
    announce(status, e.message);
  }
}

/** After sign-in the old guest's conversation is not this account's; after registering it is. */
async function afterSignIn(kept) {
  if (!kept) {
    conversation.forget();
  }
  await restore();
  await Promise.all([cart.refresh(), showUsage()]);
}
