import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_GROUP, type GroupOptions } from '../stories/assign-story.js';

/** --group and its two knobs, for the commands that can give reports a story (parse, stats). */
export function addGroupOptions(cmd: Command, always = false): Command {
  if (!always) cmd.option('--group', 'give every report a story: re-posts of one story share its id (see README, "Stories")', false);
  return cmd
    .option('--group-threshold <x>', 'share of the shorter report the longer must contain to be the same story (0-1)', parseShare, DEFAULT_GROUP.threshold)
    .option('--group-min <words>', 'reports with fewer words get a story of their own, never matched', parseWords, DEFAULT_GROUP.minWords);
}

/** The group options, or undefined when --group is off. */
export function readGroupOptions(opts: Record<string, unknown>, always = false): GroupOptions | undefined {
  if (!always && !opts.group) return undefined;
  return { threshold: opts.groupThreshold as number, minWords: opts.groupMin as number };
}

function parseShare(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0 || x > 1) throw new InvalidArgumentError('expected a number above 0 and at most 1');
  return x;
}

function parseWords(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of words, 1 or more');
  return n;
}
