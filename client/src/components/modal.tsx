import type { ComponentChildren, JSX, VNode } from 'preact';
import { useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';
import type { Child, Props, UiNode } from './dom';
import { useFocusHome } from './focus';

/**
 * A native modal dialog, opened as soon as it is drawn and closed when it is no longer drawn. Focus
 * goes to its first field or button when it opens, and back to the control that opened it when it
 * closes (that control, or the one with its key if it was drawn anew).
 */
export function modal(props: Props, ...children: Child[]): UiNode {
  return <Modal props={props}>{children as ComponentChildren}</Modal>;
}

function Modal({ props, children }: { props: Props; children: ComponentChildren }): VNode {
  const ref = useRef<HTMLDialogElement>(null);
  useFocusHome(ref as MutableRef<HTMLElement | null>, false);
  useLayoutEffect(() => {
    const el = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    const key = opener?.dataset.key ?? document.body.dataset.returnKey;
    if (el && !el.open) el.showModal();
    el?.querySelector<HTMLElement>('.dialog input, .dialog button:not([disabled])')?.focus();
    return () => {
      // Still on screen while it goes: closed first, so the page behind is no longer inert.
      if (el?.open) el.close();
      const back = opener?.isConnected ? opener : key ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
      back?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog {...(props as JSX.HTMLAttributes<HTMLDialogElement>)} ref={ref}>
      {children}
    </dialog>
  );
}
