/**
 * A stand-in for Excel's custom-functions runtime, faithful to what functions.js relies on:
 * `CustomFunctions.associate` records each id's function, `CustomFunctions.Error` is a class
 * carrying an error code and message, `ErrorCode` holds Excel's error texts.
 */
export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export type ExcelErrorText = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class StubExcelError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface RuntimeStub {
  CustomFunctions: {
    associate(idOrMappings: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
    Error: typeof StubExcelError;
    ErrorCode: typeof ERROR_CODES;
  };
  /** Every association in the order made: the same id twice would show here twice. */
  associations: { id: string; fn: unknown }[];
}

export function createRuntimeStub(): RuntimeStub {
  const associations: { id: string; fn: unknown }[] = [];
  return {
    associations,
    CustomFunctions: {
      associate(idOrMappings, fn) {
        if (typeof idOrMappings === "string") associations.push({ id: idOrMappings, fn });
        else for (const [id, mapped] of Object.entries(idOrMappings)) associations.push({ id, fn: mapped });
      },
      Error: StubExcelError,
      ErrorCode: ERROR_CODES,
    },
  };
}
