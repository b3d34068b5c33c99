// The account dialog: sign in, or register the guest account in place (same cart, same chat).

import { ApiError } from './api.js';
import { displayName, login, register, session, signOut } from './auth.js';
import { announce } from './dom.js';
import { t } from './i18n.js';

export class AccountPanel {
  /** afterSignIn(keptConversation) runs after every change of account. */
  constructor(dialog, button, status, afterSignIn) {
    this.dialog = dialog;
    this.button = button;
    this.status = status;
    this.afterSignIn = afterSignIn;
    this.loginForm = dialog.querySelector('#login-form');
    this.registerForm = dialog.querySelector('#register-form');
    this.error = dialog.querySelector('.form-error');
    this.signOutButton = dialog.querySelector('#sign-out');
    button.addEventListener('click', () => this.open());
    this.loginForm.addEventListener('submit', (e) => this.submit(e, false));
    this.registerForm.addEventListener('submit', (e) => this.submit(e, true));
    this.signOutButton.addEventListener('click', () => this.signOut());
  }

  /** Opens the dialog; "register" puts the focus on the registration form. */
  open(which) {
    this.error.textContent = '';
    this.update();
    this.dialog.showModal();
    const form = which === 'register' ? this.registerForm : this.loginForm;
    form.querySelector('input').focus();
  }

  /** The header button says who is signed in; the dialog offers sign-out to customers. */
  update() {
    const name = displayName(session.customer);
    this.button.textContent = name || t('account.signIn');
    this.button.setAttribute('aria-label', name ? t('account.signedIn', { who: name }) : t('account.signIn'));
    this.signOutButton.hidden = !name;
    this.registerForm.hidden = Boolean(name);
  }

  async submit(event, registering) {
    event.preventDefault();
    const form = event.target;
    const email = form.elements.email.value.trim();
    const password = form.elements.password.value;
    try {
      if (registering) {
        await register(email, password, form.elements.firstName.value.trim());
      } else {
        await login(email, password);
      }
    } catch (e) {
      this.error.textContent = e instanceof ApiError ? e.message : t('status.offline');
      return;
    }
    form.reset();
    this.dialog.close();
    this.update();
    announce(this.status, t('account.signedIn', { who: displayName(session.customer) }));
    await this.afterSignIn(registering);
  }

  async signOut() {
    await signOut();
    this.dialog.close();
    this.update();
    await this.afterSignIn(false);
  }
}
