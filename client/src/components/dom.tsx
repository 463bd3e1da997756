import { cloneElement, type VNode } from 'preact';

// The small kit under the screens, which are Preact components written in JSX: Preact compares what
// they return with what is on screen and changes only what differs, so a button, a scrolled list, an
// open dialog or typed text that did not change stays the same DOM node while others act. A control
// in a list carries `key` beside its `data-key` (the same value), so it keeps its node (and focus)
// when the list around it changes; focus homes (focus.tsx) look controls up by `data-key`.

export type UiNode = VNode<Record<string, unknown>>;
export type Child = UiNode | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

/**
 * A DOM element made outside the screen description (a chart's canvas), put in place and kept across
 * redraws: Preact leaves the children of this holder alone.
 */
export function embed(node: HTMLElement, cls = 'embed'): UiNode {
  return <Holder node={node} cls={cls} />;
}

function Holder({ node, cls }: { node: HTMLElement; cls: string }): VNode {
  return (
    <div
      class={cls}
      ref={(el: HTMLElement | null) => {
        if (el && el.firstChild !== node) el.replaceChildren(node);
      }}
    />
  );
}

/** The same node with more props (a class added to the ones it has). */
export function withProps(node: UiNode, props: Record<string, string>): UiNode {
  // A focus home (components/focus.tsx box) passes them on to its element.
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
  return <img src={src} alt={alt} class={cls} width={24} height={24} draggable={false} />;
}
