import type { ComponentChildren, JSX, VNode } from 'preact';
import { useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';
import type { Props, UiNode } from './dom';

// Where focus goes when the control that had it is drawn away by one's own move (a pledge that
// filled the need, an accepted offer, a stepper at 0). Most controls keep their node (keys), and
// then nothing happens here. Otherwise the box around the control puts it right: a need row, a
// card (project, resident, offer), a panel, a dialog. After each draw a box notes where focus is
// inside it and what follows; when its control is gone, the box gives focus to the same control
// if it is back, else to the one that followed it (or preceded it), else to a new one, else (a
// card, a panel) to itself — so the next Tab continues from there, not from the top of the page.
// Innermost boxes come first (their effects run before their parents'). A new screen starts at its
// first control in view (useNewScreenFocus).

const usable = (el: HTMLElement) => el.isConnected && !el.matches(':disabled') && !el.closest('[hidden], [inert]');
/** Controls focus never falls back to: the language switch (the next Enter would switch) and the tip's buttons. */
const aside = (el: HTMLElement) => !!el.closest('.lang, .hint-card, .tabs');
const lost = () => !document.activeElement || document.activeElement === document.body;

/** Focus and bring into view (only as far as needed): a keyboard user sees where they are. */
function focusInView(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/** The focused control's key, then the keys of the controls after it, then those before it. */
function around(box: HTMLElement, active: HTMLElement): string[] {
  const all = [...box.querySelectorAll<HTMLElement>('[data-key]')].filter((e) => e === active || (usable(e) && !aside(e)));
  const i = all.indexOf(active);
  const near = i < 0 ? [] : [...all.slice(i + 1, i + 8), ...all.slice(Math.max(0, i - 4), i).reverse()];
  return [active.dataset.key, ...near.map((e) => e.dataset.key)].filter((k): k is string => !!k);
}

/** A box keeps focus in itself when its focused control is drawn away (see above). */
export function useFocusHome(ref: MutableRef<HTMLElement | null>, takesFocus: boolean): void {
  /** The focused control and the keys to fall back on. */
  const home = useRef<{ el: HTMLElement; keys: string[] } | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const active = document.activeElement as HTMLElement | null;
    if (active && box.contains(active) && active !== box && usable(active)) {
      home.current = { el: active, keys: around(box, active) };
      return;
    }
    const was = home.current;
    if (!was) return;
    home.current = null;
    // Focus went elsewhere (a click, a Tab), or its control is still there: nothing to put right.
    if (!lost() && !(active && box.contains(active) && !usable(active))) return;
    if (usable(was.el)) return;
    const keys = was.keys;
    for (const key of keys) {
      const el = box.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (el && usable(el) && !aside(el)) return focusInView(el);
    }
    // Nothing known is left here, but there is a control now (the "−" once the last card is pledged).
    const fresh = [...box.querySelectorAll<HTMLElement>('[data-key]')].find((e) => usable(e) && !aside(e));
    if (fresh) return focusInView(fresh);
    // A card or panel left without controls (a project now complete, a held resident) takes focus itself.
    if (takesFocus) {
      box.tabIndex = -1;
      focusInView(box);
    }
  });
  // Focus came in (noted at once, not only at the next draw), or the player moved it out of the box
  // themselves (the control is still there and usable).
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const inn = (e: FocusEvent) => {
      const t = e.target as HTMLElement;
      if (t !== box && usable(t)) home.current = { el: t, keys: around(box, t) };
    };
    // (A control drawn away may say focusout too, with nowhere to go: that is not the player.)
    const out = (e: FocusEvent) => {
      const to = e.relatedTarget as Node | null;
      if (to && !box.contains(to)) home.current = null;
    };
    box.addEventListener('focusin', inn);
    box.addEventListener('focusout', out);
    return () => {
      box.removeEventListener('focusin', inn);
      box.removeEventListener('focusout', out);
    };
  }, []);
}

interface BoxProps {
  tag: string;
  props: Props;
  children: ComponentChildren;
  takesFocus: boolean;
}

function FocusBox({ tag, props, children, takesFocus }: BoxProps): VNode {
  const ref = useRef<HTMLElement | null>(null);
  useFocusHome(ref, takesFocus);
  const Tag = tag as 'div';
  return (
    <Tag {...(props as JSX.HTMLAttributes<HTMLDivElement>)} ref={ref as MutableRef<HTMLDivElement | null>}>
      {children}
    </Tag>
  );
}

/** An element that is a focus home (a card, a panel; a need row with `takesFocus` false). */
export function box(tag: string, props: Props, takesFocus: boolean, ...children: unknown[]): UiNode {
  const key = (props['data-key'] ?? props['data-testid']) as string | undefined;
  return (
    <FocusBox key={key} tag={tag} props={props} takesFocus={takesFocus}>
      {children as ComponentChildren}
    </FocusBox>
  );
}

/** A new screen (joined, game over): its first control in view in the main part, else its heading. */
export function useNewScreenFocus(root: HTMLElement, screen: string): void {
  const was = useRef<string | null>(null);
  /** Whether focus was in the app after the last draw (a new screen does not take focus from elsewhere). */
  const inside = useRef(false);
  useLayoutEffect(() => {
    const before = was.current;
    was.current = screen;
    const active = document.activeElement as HTMLElement | null;
    const here = !!active && active !== document.body && root.contains(active) && usable(active);
    const had = inside.current;
    inside.current = here;
    if (before === null || before === screen || here || !had) return;
    newScreenFocus(root);
    inside.current = root.contains(document.activeElement);
  });
}

function newScreenFocus(root: HTMLElement): void {
  const main = root.querySelector<HTMLElement>('main');
  if (!main) return;
  const first = [...main.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].find((e) => {
    if (!usable(e) || aside(e)) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  if (first) return focusInView(first);
  const heading = main.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    focusInView(heading);
  }
}
