// One conversation with the assistant: its id kept in localStorage so a reload continues it, the
// history read back from the server, and each turn streamed over SSE (POST /api/v1/chat/stream).

import { ApiError, post, problemOf } from './api.js';
import { callAs, renew, session } from './auth.js';
import { readEvents } from './sse.js';

const CONVERSATION_KEY = 'shop.conversation';

export class Conversation {
  get id() {
    return window.localStorage.getItem(CONVERSATION_KEY);
  }

  set id(value) {
    if (value) {
      window.localStorage.setItem(CONVERSATION_KEY, value);
    } else {
      window.localStorage.removeItem(CONVERSATION_KEY);
    }
  }

  forget() {
    this.id = null;
  }

  /** The stored conversation, or null when there is none (or it is not this account's). */
  async load() {
    if (!this.id) {
      return null;
    }
    try {
      return await callAs('GET', `api/v1/conversations/${encodeURIComponent(this.id)}`);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
        this.forget();
        return null;
      }
      throw e;
    }
  }

  /**
   * Sends a message and streams the answer to listener.{conversation,text,tool,confirmation,usage,
   * done,error}(data). HTTP refusals before the stream starts reject with ApiError (429 budget or
   * rate limit, 503 capacity); a turn that fails midway arrives as listener.error(problem).
   */
  async send(message, confirmationToken, listener) {
    let response = await this.open(message, confirmationToken);
    if (response.status === 401) {
      if (await renew()) {
        this.forget(); // a new guest cannot continue the old account's conversation
      }
      response = await this.open(message, confirmationToken);
    } else if (response.status === 404) {
      this.forget(); // the stored conversation is gone: start a new one
      response = await this.open(message, null);
    }
    if (!response.ok) {
      const error = new ApiError(response.status, await problemOf(response));
      error.retryAfter = Number(response.headers.get('Retry-After')) || null;
      throw error;
    }
    await readEvents(response.body, (name, data) => {
      if (name === 'conversation' && data.conversationId) {
        this.id = data.conversationId;
      }
      const handler = listener[name];
      if (handler) {
        handler(data);
      }
    });
  }

  open(message, confirmationToken) {
    const body = { message };
    if (this.id) {
      body.conversationId = this.id;
    }
    if (confirmationToken) {
      body.confirmationToken = confirmationToken;
    }
    return post('api/v1/chat/stream', session, body, { Accept: 'text/event-stream' });
  }
}
