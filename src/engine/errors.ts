/**
 * Bad input is refused with an error that names the field and what is allowed, so the
 * UI can show it next to the control that caused it.
 */
export class EngineInputError extends Error {
  constructor(
    /** Dotted path of the offending field, e.g. `layers[2].units`. */
    readonly field: string,
    /** Human-readable allowed range, e.g. `an integer from 1 to 1024`. */
    readonly allowed: string,
    received: unknown,
  ) {
    super(`${field} must be ${allowed} (got ${describe(received)})`);
    this.name = 'EngineInputError';
  }
}

function describe(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export function requireInteger(field: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new EngineInputError(field, `an integer from ${min} to ${max}`, v);
  }
  return v;
}

export function requireFinite(field: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new EngineInputError(field, `a finite number from ${min} to ${max}`, v);
  }
  return v;
}

export function requireOneOf<T extends string>(field: string, v: unknown, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    throw new EngineInputError(field, `one of ${options.join(', ')}`, v);
  }
  return v as T;
}
