/**
 * Browser tests: the chat page and the admin dashboard driven in headless Chromium (Debian's {@code
 * chromium} and {@code chromium-driver}) through Selenium, against the server under test with
 * Gemini played by the fake. They save screenshots under {@code target/screenshots}.
 */
package com.shopassistant.it.ui;
