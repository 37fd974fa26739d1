/**
 * The text of the value at `path` (keys from the top) in a JSON object already known to be valid, as it is
 * written: a number keeps every digit (`12345678901234567890` would become `12345678901234567000` through
 * JSON.parse). Null when the path is not there. One linear pass; it skips what it does not descend into.
 */
export function rawValueAt(json: string, path: readonly string[]): string | null {
  let i = 0;
  const space = () => {
    while (i < json.length && (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r')) i++;
  };
  const skipString = () => {
    i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    space();
    if (json[i] === '"') return skipString();
    if (json[i] === '{' || json[i] === '[') {
      let depth = 0;
      do {
        if (json[i] === '"') {
          skipString();
          continue;
        }
        if (json[i] === '{' || json[i] === '[') depth++;
        else if (json[i] === '}' || json[i] === ']') depth--;
        i++;
      } while (depth > 0 && i < json.length);
      return;
    }
    while (i < json.length && !',}] \t\n\r'.includes(json[i]!)) i++;
  };
  for (let depth = 0; depth < path.length; depth++) {
    space();
    if (json[i] !== '{') return null;
    i++;
    let found = false;
    while (!found) {
      space();
      if (i >= json.length || json[i] === '}') return null;
      const keyStart = i;
      skipString();
      const key = JSON.parse(json.slice(keyStart, i)) as string;
      space();
      i++; // the colon
      if (key === path[depth]) {
        found = true;
        continue;
      }
      skipValue();
      space();
      if (json[i] === ',') i++;
    }
  }
  space();
  const start = i;
  skipValue();
  return json.slice(start, i);
}
