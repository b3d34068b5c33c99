// A small element builder: text is always set as text (never parsed as HTML), so nothing the model
// or a product name says can inject markup into the page.

/** el('button', {class: 'x', onclick: fn, 'aria-label': '…'}, 'text', child, …) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A unique id for label/aria wiring. */
let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Short-lived message for screen readers and sighted users in a status region. */
export function announce(region, text) {
  region.textContent = '';
  // A separate task, so assistive technology notices the change even for the same text.
  setTimeout(() => {
    region.textContent = text;
  }, 30);
}
