// Where the commands write: standard output for results, standard error for errors and notes.
// Every line goes through the redactor (see redact.ts), whatever its origin.

export interface Io {
  /**
   * Writes to standard output, through the redactor: `text` line by line, or each element of
   * `lines` as one line (a line break inside one is escaped, never printed).
   */
  out(text: string | readonly string[]): void;
  /** The same, to standard error. */
  err(text: string | readonly string[]): void;
  /** The redactor the lines go through, for text that is shortened before it is printed. */
  readonly redact: (text: string) => string;
}

export function createIo(redact: (text: string) => string, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Io {
  const write = (stream: NodeJS.WritableStream) => (text: string | readonly string[]) => {
    stream.write(`${(typeof text === 'string' ? text.split('\n') : text).map(redact).join('\n')}\n`);
  };
  return { out: write(stdout), err: write(stderr), redact };
}

/**
 * A result as indented JSON, for printing. The library parses a body of any nesting, but
 * JSON.stringify recurses: a server's answer nested too deeply would end the command with
 * "Maximum call stack size exceeded", so it is an error that says what happened instead.
 */
export function asJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch (error) {
    if (error instanceof RangeError) throw new Error("the server's answer is nested too deeply to print as JSON");
    throw error;
  }
}
