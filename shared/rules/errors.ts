import type { ErrorCode, GameError } from './types';

/**
 * Thrown inside the reducer to refuse an action; caught by applyAction and turned into a result.
 * Not an Error: a refusal is an answer, not a fault, and needs no stack (the table asks the engine
 * about every control it shows, so this is thrown often).
 */
export class Refusal {
  constructor(readonly error: GameError) {}
}

export function refuse(code: ErrorCode, params: Record<string, string | number> = {}): never {
  throw new Refusal({ code, params });
}

export function check(condition: unknown, code: ErrorCode, params: Record<string, string | number> = {}): void {
  if (!condition) refuse(code, params);
}
