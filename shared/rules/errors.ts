import type { ErrorCode, GameError } from './types';

/**
 * The reducer's answer "no": returned by a check, never thrown. A refusal is an answer, not a
 * fault, and the table asks the engine about every control it shows (rules/options.ts), so this is
 * made often; returning it costs an object, where throwing it cost unwinding the stack.
 */
export class Refusal {
  constructor(readonly error: GameError) {}
}

export function refusal(code: ErrorCode, params: Record<string, string | number> = {}): Refusal {
  return new Refusal({ code, params });
}

/** Whether a check's result is a refusal (else it is the checked value). */
export const refused = (x: unknown): x is Refusal => x instanceof Refusal;
