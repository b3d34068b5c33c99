// The conversation panel: message bubbles, the typing indicator, tool progress, notices and the
// budget banner. It only draws; chat.js decides what to draw.

import { el } from './dom.js';
import { dateTime, t } from './i18n.js';

export class ChatView {
  constructor(log, typing, banner) {
    this.log = log;
    this.typing = typing;
    this.banner = banner;
    this.current = null; // the assistant bubble being streamed into
  }

  clear() {
    this.log.replaceChildren();
    this.current = null;
    this.hideBanner();
  }

  /** A finished message: role "user" or "assistant". */
  message(role, text) {
    const bubble = el(
      'div',
      { class: `message ${role}` },
      el('span', { class: 'visually-hidden' }, `${t(role === 'user' ? 'chat.you' : 'chat.assistant')}: `),
      el('p', { class: 'text' }, text),
    );
    this.log.append(bubble);
    this.scroll();
    return bubble;
  }

  /** Starts the assistant's answer: typing dots until the first words arrive. */
  startAnswer() {
    this.current = null;
    this.typing.hidden = false;
    this.typing.querySelector('.typing-label').textContent = t('chat.typing');
    this.scroll();
  }

  /** A piece of streamed text. */
  delta(text) {
    if (!this.current) {
      this.current = this.message('assistant', '');
      this.current.setAttribute('aria-busy', 'true');
    }
    this.current.querySelector('.text').textContent += text;
    this.scroll();
  }

  /** A tool ran: the indicator says what the assistant is doing. */
  tool(call) {
    this.typing.querySelector('.typing-label').textContent = t('tool.running', {
      name: call.name.replaceAll('_', ' '),
    });
  }

  /** The turn ended: the reply as stored replaces what was streamed (they are the same text). */
  endAnswer(reply) {
    this.typing.hidden = true;
    if (reply && (!this.current || !this.current.querySelector('.text').textContent.trim())) {
      this.delta(reply);
    }
    if (this.current) {
      this.current.removeAttribute('aria-busy');
    }
    const done = this.current;
    this.current = null;
    return done;
  }

  /** Any element (cards) after the last message. */
  append(node) {
    if (node) {
      this.log.append(node);
      this.scroll();
    }
  }

  /** A notice from the page itself (errors, budget), styled apart from the assistant's words. */
  notice(kind, title, ...lines) {
    this.typing.hidden = true;
    const node = el(
      'div',
      { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      title ? el('strong', {}, title) : null,
      lines.filter(Boolean).map((line) => (line instanceof Node ? line : el('p', {}, line))),
    );
    this.append(node);
    return node;
  }

  /** The 80 % warning, or the refusal, above the conversation. */
  showBanner(text, kind = 'warning') {
    this.banner.textContent = text;
    this.banner.className = `banner ${kind}`;
    this.banner.hidden = false;
  }

  hideBanner() {
    this.banner.hidden = true;
  }

  /** The warning line for a budget object ({warning, today, thisMonth} or /usage/me's). */
  budgetWarning(budget) {
    if (!budget || !budget.warning) {
      return;
    }
    const today = budget.today && budget.today.limit && budget.today.used / budget.today.limit;
    const month = budget.thisMonth || budget.month;
    const monthShare = month && month.limit && month.used / month.limit;
    const period = (monthShare || 0) > (today || 0) ? t('budget.month') : t('budget.today');
    this.showBanner(t('budget.warning', { period }));
  }

  /** The kind 429: which allowance, when it comes back; for a guest, the way to more. */
  budgetExceeded(problem, onRegister) {
    const monthly = String(problem.reason || '').startsWith('monthly');
    const period = monthly ? t('budget.month') : t('budget.today');
    const body = t('budget.exceeded.body', {
      tier: problem.tier || '',
      period,
      resetsAt: dateTime(problem.resetsAt),
    });
    const register =
      problem.tier === 'guest'
        ? el('button', { type: 'button', class: 'primary', onclick: onRegister }, t('budget.exceeded.guest'))
        : null;
    this.showBanner(t('budget.exceeded.title'), 'error');
    return this.notice('budget', t('budget.exceeded.title'), problem.reply, body, register);
  }

  scroll() {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
