// Preloaded into a CLI run (node --import): counts the Intl.DateTimeFormat and Intl.Segmenter
// objects built, and writes the counts to stderr as the process exits. Each costs milliseconds
// to build (ICU data), so a command should build none it does not need.
const counts = { DateTimeFormat: 0, Segmenter: 0 };
for (const name of /** @type {const} */ (['DateTimeFormat', 'Segmenter'])) {
  const real = Intl[name];
  Intl[name] = new Proxy(real, {
    construct(target, args, newTarget) {
      counts[name] += 1;
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- typed any; it is what the real constructor built
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      counts[name] += 1;
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- typed any; it is what the real function returned
      return Reflect.apply(target, self, args);
    },
  });
}
process.on('exit', () => process.stderr.write(`intl-objects ${JSON.stringify(counts)}\n`));
