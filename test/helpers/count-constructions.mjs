// Preloaded into a CLI run (node --import): counts the Intl.DateTimeFormat, Intl.NumberFormat and
// Intl.Segmenter objects built (each loads ICU data, milliseconds) and the functions compiled from strings with
// Function (code V8's code cache cannot hold), and writes the counts to stderr as the process exits.
const counts = { DateTimeFormat: 0, NumberFormat: 0, Segmenter: 0, Function: 0 };

/** @template {object} T @param {T} real @param {keyof typeof counts} name @returns {T} */
function counted(real, name) {
  return new Proxy(real, {
    construct(target, args, newTarget) {
      counts[name] += 1;
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- typed any; it is what the real constructor built
      return Reflect.construct(/** @type {Function} */ (target), args, newTarget);
    },
    apply(target, self, args) {
      counts[name] += 1;
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- typed any; it is what the real function returned
      return Reflect.apply(/** @type {Function} */ (target), self, args);
    },
  });
}

Intl.DateTimeFormat = counted(Intl.DateTimeFormat, 'DateTimeFormat');
Intl.NumberFormat = counted(Intl.NumberFormat, 'NumberFormat');
Intl.Segmenter = counted(Intl.Segmenter, 'Segmenter');
globalThis.Function = counted(Function, 'Function');
process.on('exit', () => process.stderr.write(`constructions ${JSON.stringify(counts)}\n`));
