/**
 * JSON.parse with a message a person can act on. Browsers word JSON errors differently (V8: "Unexpected end of JSON
 * input", Firefox: "unexpected end of data"), so a cut-off file is recognized by scanning it, not by the message.
 */

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** True when the text ends inside a string or with an object or array still open: the tail of the file is missing. */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return inString || depth > 0;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    if (endsEarly(text)) {
      // Our backups are one line: there the line number says nothing, the length does.
      const lines = lineAt(text, text.length);
      const where = lines > 1 ? `line ${lines}` : `${text.length.toLocaleString('en-US')} characters`;
      return { ok: false, message: `the file is cut off after ${where}: it was not completely saved or downloaded.` };
    }
    const detail = (err as Error).message;
    const at = /position (\d+)/.exec(detail);
    const where = at ? ` near line ${lineAt(text, Number(at[1]))}` : '';
    return { ok: false, message: `the file is not valid JSON${where} (${detail}).` };
  }
}
