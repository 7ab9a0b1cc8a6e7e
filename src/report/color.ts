// Whether the table (and other terminal text) is coloured: its own module, so a command that only
// prints (checks list) does not load every report writer to ask.

/** Colour for the table on stdout: never under NO_COLOR or --no-color, never into a pipe or file. */
export const useColor = (flag: boolean | undefined, toFile: boolean): boolean =>
  flag !== false && !toFile && !process.env['NO_COLOR'] && process.stdout.isTTY === true;
