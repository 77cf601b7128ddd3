#!/usr/bin/env node
// The built CLI sets process.exitCode itself; it never calls process.exit().
import '../dist/cli.js';
