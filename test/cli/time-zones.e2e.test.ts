// The built binary gives the same bytes whatever the time zone of its process. TZ is read once
// per process, so each zone is a separate run of the binary; the runs of a test go on at once.
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers/run-cli.js';

describe('time zones', () => {
  it.each(['md', 'json', 'csv', 'ics'])('export --format %s is byte-identical under UTC, Los Angeles and Kiritimati', async (format) => {
    const runs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) =>
      runCliAsync(['export', '--format', format, '--as-of', '2023-02-09'], { env: { TZ } }),
    );
    const outputs = (await Promise.all(runs)).map((result) => result.stdout);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('due gives the same answer in every zone', async () => {
    const runs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'].map((TZ) =>
      runCliAsync(['due', '2024-01-31', '1 month', '-j', 'NL', '--json'], { env: { TZ } }),
    );
    const ends = (await Promise.all(runs)).map((result) => JSON.parse(result.stdout).end);
    expect(new Set(ends)).toEqual(new Set(['2024-02-29']));
  });
});
