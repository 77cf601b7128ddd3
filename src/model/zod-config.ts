// zod compiles each object schema into a parser of its own (new Function) on its first parse:
// code V8's code cache cannot hold, so every run paid to generate and compile it again, for a
// handful of case files (about a tenth of `validate` on the bundled cases). The interpreted parser
// gives the same results, and on 2,000 files is no slower. zod reads the setting as each schema is
// built, so every schema module imports this first.
import * as z from 'zod';

z.config({ jitless: true });
