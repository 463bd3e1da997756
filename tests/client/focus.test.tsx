// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { box } from '../../client/src/components/focus';

// A box (a card, a panel) keeps focus in itself when the focused control is drawn away by one's own
// move: the control that followed it, else a new one, else (a card) the box itself.

afterEach(cleanup);

const card = (keys: string[], disabled: string[] = []) =>
  box(
    'li',
    { 'data-testid': 'project-p1' },
    true,
    ...keys.map((k) => (
      <button type="button" key={k} data-key={k} disabled={disabled.includes(k)}>
        {k}
      </button>
    )),
  );
const focused = () => (document.activeElement as HTMLElement | null)?.dataset?.key ?? document.activeElement?.tagName;

describe('focus homes', () => {
  it('gives focus to the control that followed the one drawn away', () => {
    const { rerender } = render(<ul>{card(['a', 'b', 'c'])}</ul>);
    document.querySelector<HTMLElement>('[data-key="b"]')!.focus();
    expect(focused()).toBe('b');
    rerender(<ul>{card(['a', 'c'])}</ul>);
    expect(focused()).toBe('c');
  });

  it('skips a control that is now disabled, and takes focus itself when none is left', () => {
    const { rerender } = render(<ul>{card(['a', 'b'])}</ul>);
    document.querySelector<HTMLElement>('[data-key="b"]')!.focus();
    rerender(<ul>{card(['a', 'b'], ['a', 'b'])}</ul>);
    document.querySelector<HTMLElement>('[data-key="b"]')!.blur(); // a disabled control loses focus in a browser
    rerender(<ul>{card(['a', 'b'], ['a', 'b'])}</ul>);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('project-p1');
  });

  it('leaves focus alone when the player moved it elsewhere', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const { rerender } = render(<ul>{card(['a', 'b'])}</ul>);
    document.querySelector<HTMLElement>('[data-key="a"]')!.focus();
    outside.focus();
    rerender(<ul>{card(['b'])}</ul>);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
