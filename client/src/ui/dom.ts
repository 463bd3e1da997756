// A tiny hyperscript helper: real DOM elements (buttons, inputs, lists) so keyboard, touch and screen
// readers work without extra effort. Event handlers are props starting with "on".

type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'htmlFor', 'hidden', 'open']);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2).toLowerCase(), v as Handler);
      } else if (k === 'class') {
        el.className = String(v);
      } else if (PROPS.has(k)) {
        (el as unknown as Record<string, unknown>)[k] = v;
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Replace an element's children, keeping focus (by data-key) and scroll positions (by data-scroll). */
export function patch(root: HTMLElement, next: Child[]): void {
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active && root.contains(active) ? active.dataset.key : undefined;
  const sel =
    (active instanceof HTMLInputElement && ['text', 'search', ''].includes(active.type)) || active instanceof HTMLTextAreaElement
      ? [active.selectionStart, active.selectionEnd]
      : null;
  const scrolls = new Map<string, number>();
  root.querySelectorAll<HTMLElement>('[data-scroll]').forEach((e) => scrolls.set(e.dataset.scroll!, e.scrollTop));
  root.replaceChildren();
  append(root, next);
  root.querySelectorAll<HTMLElement>('[data-scroll]').forEach((e) => {
    const top = scrolls.get(e.dataset.scroll!);
    if (top) e.scrollTop = top;
  });
  if (focusKey) {
    const el = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      if (sel && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && sel[0] !== null) el.setSelectionRange(sel[0], sel[1]);
    }
  }
}

/** An icon image; decorative when the text beside it says the same (alt=""). */
export function icon(src: string, cls = 'icon', alt = ''): HTMLImageElement {
  return h('img', { src, alt, class: cls, width: 24, height: 24, draggable: 'false' });
}
