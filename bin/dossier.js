#!/usr/bin/env node
// CommonJS (bin/package.json says so), as the program it loads is: Node reaches the first line
// of an ES module entry about 10 ms of CPU later than a CommonJS one. The built CLI sets
// process.exitCode itself; it never calls process.exit().
require('../dist/cli.cjs');
