// The example proceedings in examples/ must stay valid: CI runs this through the built binary,
// as a reader following examples/README.md would.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('dossier validate --cases examples', () => {
  it('checks both example files with no error and no warning', () => {
    const result = runCli(['validate', '--cases', 'examples', '--as-of', '2026-12-02', '--max-warnings', '0', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { filesChecked: number; errorCount: number; warningCount: number };
    expect(report).toMatchObject({ filesChecked: 2, errorCount: 0, warningCount: 0 });
  });

  it('accepts the directory given as a path, as the README shows it', () => {
    const result = runCli(['validate', 'examples', '--as-of', '2026-12-02']);
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(result.stderr).toBe('2 file(s) checked: 0 error(s), 0 warning(s)\n');
  });
});
