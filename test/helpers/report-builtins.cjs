// Preloaded into a CLI run (node --require: an --import would load Node's ES module loader, and
// with it node:fs/promises, into the run it looks at): writes to stderr, as the process exits, the list of
// modules and bindings Node loaded (process.moduleLoadList, whose `NativeModule NAME` entries are
// the builtin modules), one per line.
process.on('exit', () => {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- moduleLoadList is Node's, not in @types/node
  process.stderr.write(`${process.moduleLoadList.join('\n')}\n`);
});
