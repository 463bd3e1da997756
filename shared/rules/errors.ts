import type { ErrorCode, GameError } from './types';

/** Thrown inside the reducer to refuse an action; caught by applyAction and turned into a result. */
export class Refusal extends Error {
  constructor(readonly error: GameError) {
    super(error.code);
  }
}

export function refuse(code: ErrorCode, params: Record<string, string | number> = {}): never {
  throw new Refusal({ code, params });
}

export function check(condition: unknown, code: ErrorCode, params: Record<string, string | number> = {}): void {
  if (!condition) refuse(code, params);
}
