#!/usr/bin/env node
// Tiny launcher: everything lives in the compiled CLI.
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`ztaudit: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(2);
});
