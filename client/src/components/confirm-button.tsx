import { useState } from 'preact/hooks';
import { type UiNode } from './dom';

// A two-step button (remove a player, a new projector key): the first click asks, the second does it.

interface Props {
  dataKey: string;
  label: string;
  ask: string;
  testid: string;
  run: () => void;
}

export function ConfirmButton({ dataKey, label, ask, testid, run }: Props): UiNode {
  const [asking, setAsking] = useState(false);
  return (
    <button
      type="button"
      class={`btn small ${asking ? 'danger' : 'ghost'}`}
      key={dataKey}
      data-key={dataKey}
      data-testid={testid}
      onClick={() => {
        if (asking) run();
        setAsking(!asking);
      }}
    >
      {asking ? ask : label}
    </button>
  );
}
