import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export interface ColorChoice {
  /** --no-color on the command line. */
  noColorFlag: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * Colour or not: --no-color and a non-empty NO_COLOR always win (chalk itself ignores NO_COLOR);
 * FORCE_COLOR turns colour on even into a pipe; otherwise colour only on a terminal.
 */
export function chooseChalk({ noColorFlag, env, isTTY }: ColorChoice): ChalkInstance {
  if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '0' && forced !== 'false') {
    const n = Number(forced);
    return new Chalk({ level: (Number.isInteger(n) && n >= 1 && n <= 3 ? n : 1) as 1 | 2 | 3 });
  }
  if (!isTTY) return new Chalk({ level: 0 });
  return new Chalk({ level: supportsColor ? supportsColor.level : 1 });
}
