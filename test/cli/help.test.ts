// `ztaudit --help` and the commands other than scan and collect are built without the target
// flags (which load every kind's definition: a sixth of --help's start-up). That must change no
// output: the program's help and every other command's help read the same either way, and scan
// and collect get their flags whenever the command line names them.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { addTargetOptions } from '../../src/cli/target-options.js';
import { ztaudit } from './helpers.js';

const helpOf = (program: Command, path: string[]): string => {
  let cmd = program;
  for (const name of path) cmd = cmd.commands.find((c) => c.name() === name)!;
  return cmd.helpInformation();
};

const commandPaths = (cmd: Command, prefix: string[] = []): string[][] => cmd.commands.flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);

describe('the program without the target flags', () => {
  const full = buildProgram(addTargetOptions);
  const light = buildProgram();

  it('prints the same program help', () => {
    expect(light.helpInformation()).toBe(full.helpInformation());
    expect(light.helpInformation()).toContain('scan [options]');
    expect(light.helpInformation()).toContain('collect [options]');
  });

  it('prints the same help for every command but scan and collect, which lack only the target flags', () => {
    const paths = commandPaths(full);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      if (path[0] === 'scan' || path[0] === 'collect') continue;
      expect(helpOf(light, path), path.join(' ')).toBe(helpOf(full, path));
    }
    expect(helpOf(light, ['scan'])).not.toContain('--ssh');
    expect(helpOf(full, ['scan'])).toContain('--ssh <dest>');
  });

  it('is never what runs scan or collect: their flags are there whenever the command line names them', () => {
    for (const args of [['scan', '--help'], ['help', 'scan'], ['collect', '--help'], ['help', 'collect']]) {
      const r = ztaudit(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain('--ssh <dest>');
      expect(r.stdout, args.join(' ')).toContain('--inventory <file>');
    }
    const top = ztaudit(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toBe(full.helpInformation());
    // a mistyped command is still suggested by name
    const typo = ztaudit(['sacn']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('scan');
  });
});
