import { cloneElement, Fragment, h as ph, render, type ComponentChild, type FunctionComponent, type VNode } from 'preact';

// The screens are Preact components; their markup is hyperscript (`h`) drawn by Preact, which compares it with what is on
// screen and changes only what differs: a button, a scrolled list, an open dialog or typed text that
// did not change stays the same DOM node, so nothing moves under a player when someone else acts.
// Real elements (buttons, inputs, lists), so keyboard, touch and screen readers work without extra
// effort. Event handlers are props starting with "on". `data-key` doubles as Preact's key, so a
// control keeps its node (and its focus) when the list around it changes.

export type UiNode = VNode<Record<string, unknown>>;
export type Child = UiNode | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

/** DOM properties whose false value means something (the rest are attributes, left out when false). */
const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'open', 'inert']);

/** A component in the screen description, with its props as they are. */
export function c<P extends object>(component: FunctionComponent<P>, props: P & { key?: string | number }): UiNode {
  return ph(component as FunctionComponent<Record<string, unknown>>, props as unknown as Record<string, unknown>) as UiNode;
}

export function h(tag: string, props: Props | null = null, ...children: Child[]): UiNode {
  const out: Record<string, unknown> = {};
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || ((v === null || v === false) && !PROPS.has(k))) continue;
      out[k] = v === true && !PROPS.has(k) && !k.startsWith('on') ? '' : v;
    }
    if (props['data-key'] !== undefined && out.key === undefined) out.key = props['data-key'];
  }
  return ph(tag, out, ...(children as ComponentChild[])) as UiNode;
}

/** Draws `next` into `root`, changing only what differs from what is there. */
export function patch(root: HTMLElement, next: Child[]): void {
  render(ph(Fragment, null, ...(next as ComponentChild[])), root);
}

/**
 * A DOM element made outside the screen description (a chart's canvas), put in place and kept across
 * redraws: Preact leaves the children of this holder alone.
 */
export function embed(node: HTMLElement, cls = 'embed'): UiNode {
  return ph(Holder, { node, cls }) as unknown as UiNode;
}

function Holder({ node, cls }: { node: HTMLElement; cls: string }): VNode {
  return ph<Record<string, unknown>>('div', {
    class: cls,
    ref: (el: HTMLElement | null) => {
      if (el && el.firstChild !== node) el.replaceChildren(node);
    },
  });
}

/** Several nodes where one is expected. */
export function frag(...children: Child[]): UiNode {
  return ph(Fragment, null, ...(children as ComponentChild[])) as UiNode;
}

/** The same node with more props (a class added to the ones it has). */
export function withProps(node: UiNode, props: Record<string, string>): UiNode {
  // A focus home (components/focus.ts box) passes them on to its element.
  const inner = typeof node.type !== 'string' ? (node.props.props as Record<string, unknown> | undefined) : undefined;
  if (inner) return cloneElement(node, { props: { ...inner, ...props, class: `${(inner.class as string | undefined) ?? ''} ${props.class ?? ''}`.trim() } }) as UiNode;
  const extra: Record<string, unknown> = { ...props };
  if (props.class) extra.class = `${(node.props.class as string | undefined) ?? ''} ${props.class}`.trim();
  return cloneElement(node, extra) as UiNode;
}

/** A real DOM element, for what lives outside the screen description (see `embed`). */
export function domEl<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
}

/** An icon image; decorative when the text beside it says the same (alt=""). */
export function icon(src: string, cls = 'icon', alt = ''): UiNode {
  return h('img', { src, alt, class: cls, width: 24, height: 24, draggable: 'false' });
}
