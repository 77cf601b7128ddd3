import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/core/money/rates.ts
var RATE_TEXT = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
var CURRENCY_HEADER = /^[A-Z]{3}$/;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var LONG_DATE = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/;
var MONTHS = "January February March April May June July August September October November December".split(" ");
var EMPTY_FILE = 'the file is empty: expected a header "Date,USD,..."';
var MAX_PROBLEMS = 50;
function parseEcbRatesCsv(text) {
  const problems = [];
  const report = (line, column, message) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, message });
  };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (lines.every((line) => line.trim() === "")) {
    return { ok: false, problems: [{ line: 1, column: 1, message: EMPTY_FILE }] };
  }
  const columns = readHeader(splitCells(lines[0] ?? ""), report);
  if (problems.length > 0) return { ok: false, problems };
  const points = /* @__PURE__ */ new Map();
  for (const currency of columns) if (currency !== void 0) points.set(currency, []);
  const lineOfDate = /* @__PURE__ */ new Map();
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === "") return;
    const row = readRow(splitCells(line), index + 1, columns, lineOfDate, report);
    if (row === void 0) return;
    lineOfDate.set(row.date, index + 1);
    for (const [currency, rate] of row.rates) points.get(currency)?.push({ date: row.date, rate });
  });
  if (problems.length === 0 && lineOfDate.size === 0) report(1, 1, "the file has a header but no rows of rates");
  if (problems.length > 0) return { ok: false, problems };
  const dates = [...lineOfDate.keys()].sort();
  const series = new Map([...points].map(([currency, list]) => [currency, list.sort(byDate)]));
  return { ok: true, table: { series, firstDate: dates[0] ?? "", lastDate: dates[dates.length - 1] ?? "" } };
}
function readRow(cells, line, columns, lineOfDate, report) {
  const trailingBlankColumn = columns[columns.length - 1] === void 0 && columns.length > 1;
  if (cells.length !== columns.length && !(trailingBlankColumn && cells.length === columns.length - 1)) {
    const column = cells[cells.length - 1]?.column ?? 1;
    report(line, column, `expected ${columns.length} cells as in the header, found ${cells.length}`);
    return void 0;
  }
  const [dateCell, ...rateCells] = cells;
  const date = readDate(dateCell?.text ?? "");
  if (date === void 0) {
    report(line, dateCell?.column ?? 1, `${show(dateCell?.text ?? "")} is not a date (YYYY-MM-DD)`);
    return void 0;
  }
  const earlier = lineOfDate.get(date);
  if (earlier !== void 0) {
    report(line, dateCell?.column ?? 1, `${date} already has a row, on line ${earlier}`);
    return void 0;
  }
  const rates = [];
  let valid = true;
  for (const [index, cell] of rateCells.entries()) {
    const currency = columns[index + 1];
    if (cell.text === "N/A" || cell.text === "") continue;
    if (currency === void 0) {
      report(line, cell.column, `${show(cell.text)} is under an empty header cell`);
      valid = false;
    } else if (!RATE_TEXT.test(cell.text) || !/[1-9]/.test(cell.text)) {
      report(line, cell.column, `${show(cell.text)} is not a positive decimal rate for ${currency}`);
      valid = false;
    } else {
      rates.push([currency, cell.text]);
    }
  }
  return valid ? { date, rates } : void 0;
}
function findRate(table, currency, onDate, options = {}) {
  const refuse = (reason, detail) => ({ ok: false, reason, detail });
  if (readDate(onDate) !== onDate) return refuse("bad-date", `${show(onDate)} is not a date (YYYY-MM-DD)`);
  if (currency === "EUR") return { ok: true, currency, rate: "1", rateDate: onDate, requestedDate: onDate };
  const series = table.series.get(currency);
  if (series === void 0) return refuse("unknown-currency", `the rate table has no ${show(currency)} column`);
  const noRate = `no rate for ${currency} on or before ${onDate}`;
  if (onDate > table.lastDate) return refuse("beyond-table", `${noRate} in this table, which ends on ${table.lastDate}`);
  const point = lastOnOrBefore(series, onDate);
  if (point === void 0) {
    const first = series[0];
    return refuse("no-rate", first ? `${noRate}: the first is of ${first.date}` : `${noRate}: the table has none at all`);
  }
  const maxAgeDays = options.maxAgeDays ?? 7;
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) {
    throw new RangeError(`maxAgeDays must be a whole number of days, got ${String(maxAgeDays)}`);
  }
  const age = daysBetween(point.date, onDate);
  if (age > maxAgeDays) {
    return refuse("stale-rate", `${noRate} within ${maxAgeDays} days: the last is of ${point.date}, ${age} days earlier`);
  }
  return { ok: true, currency, rate: point.rate, rateDate: point.date, requestedDate: onDate };
}
function splitCells(line) {
  const cells = [];
  let start = 0;
  for (const raw of line.split(",")) {
    const leading = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), column: start + leading + 1 });
    start += raw.length + 1;
  }
  return cells;
}
function readHeader(cells, report) {
  const columns = [];
  cells.forEach((cell, index) => {
    const isTrailingBlank = cell.text === "" && index > 1 && index === cells.length - 1;
    if (index === 0) {
      if (cell.text !== "Date") report(1, cell.column, `the first header cell must be "Date", found ${show(cell.text)}`);
      columns.push(void 0);
    } else if (isTrailingBlank) {
      columns.push(void 0);
    } else {
      const problem = !CURRENCY_HEADER.test(cell.text) ? "is not a currency code" : cell.text === "EUR" ? "is the base currency: rates are per 1 EUR" : columns.includes(cell.text) ? "is repeated" : void 0;
      if (problem !== void 0) report(1, cell.column, `header cell ${show(cell.text)} ${problem}`);
      columns.push(problem === void 0 ? cell.text : void 0);
    }
  });
  if (cells[0]?.text === "Date" && cells.slice(1).every((cell) => cell.text === "")) {
    report(1, 1, 'the header names no currency after "Date"');
  }
  return columns;
}
function readDate(text) {
  const iso = ISO_DATE.exec(text);
  const long = iso === null ? LONG_DATE.exec(text) : null;
  const year = Number(iso?.[1] ?? long?.[3]);
  const month = iso !== null ? Number(iso[2]) : MONTHS.indexOf(long?.[2] ?? "") + 1;
  const day = Number(iso?.[3] ?? long?.[1]);
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return void 0;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function daysBetween(from, to) {
  return utcDayNumber(to) - utcDayNumber(from);
}
function utcDayNumber(date) {
  const instant = /* @__PURE__ */ new Date(0);
  instant.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(instant.getTime() / 864e5);
}
function lastOnOrBefore(series, date) {
  let low = 0;
  let high = series.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if ((series[middle]?.date ?? "") <= date) low = middle + 1;
    else high = middle;
  }
  return series[low - 1];
}
function byDate(a, b) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
function show(text) {
  return JSON.stringify(text.length <= 40 ? text : `${text.slice(0, 37)}...`);
}

// src/load/read-file.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";

// src/load/yaml-guards.ts
var MAX_DEPTH = 64;
var MAX_NODES = 2e4;
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
var NODES = /* @__PURE__ */ new Set(["scalar", "block-scalar", "double-quoted-scalar", "single-quoted-scalar", "alias", ...COLLECTIONS]);
function checkSyntaxTree(tokens) {
  const problems = [];
  const stack = [];
  for (const token of tokens) stack.push({ value: token, depth: 0 });
  let nodes = 0;
  for (let top = stack.pop(); top !== void 0; top = stack.pop()) {
    const { value, depth } = top;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth });
      continue;
    }
    const token = value;
    let childDepth = depth;
    if (typeof token.type === "string") {
      const offset = typeof token.offset === "number" ? token.offset : 0;
      const source = typeof token.source === "string" ? token.source : "";
      const sigil = sigilProblem(token.type, source, offset);
      if (sigil) problems.push(sigil);
      if (NODES.has(token.type) && ++nodes > MAX_NODES) {
        return [
          ...problems,
          { code: "yaml/too-many-nodes", offset, message: `the document has more than ${MAX_NODES} nodes; a case file needs far fewer` }
        ];
      }
      if (COLLECTIONS.has(token.type)) {
        childDepth = depth + 1;
        if (childDepth > MAX_DEPTH) {
          return [...problems, { code: "yaml/too-deep", offset, message: `collections are nested more than ${MAX_DEPTH} levels deep` }];
        }
      }
    }
    for (const child of Object.values(value)) if (typeof child === "object") stack.push({ value: child, depth: childDepth });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
function sigilProblem(type, source, offset) {
  switch (type) {
    case "directive":
      return {
        code: "yaml/directive",
        offset,
        message: `directive "${source}" is not allowed; case files are YAML 1.2 with the core schema`
      };
    case "anchor":
      return { code: "yaml/alias", offset, message: `anchor "${source}" is not allowed; write each value out in full` };
    case "alias":
      return { code: "yaml/alias", offset, message: `alias "${source}" is not allowed; write each value out in full` };
    case "tag":
      return { code: "yaml/tag", offset, message: `tag "${source}" is not allowed; values are plain strings, numbers, lists and mappings` };
    default:
      return void 0;
  }
}
var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/gu;
function findControlCharacters(text) {
  const problems = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    const cp = match[0].codePointAt(0) ?? 0;
    const name = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    problems.push({
      code: "yaml/control-character",
      offset: match.index,
      message: match[0] === "\r" ? "a carriage return without a line feed; use LF or CRLF line endings" : `the control character ${name} is not allowed; write it as an escape in a double-quoted string if you really mean it`
    });
    if (problems.length >= 20) break;
  }
  return problems;
}
function decodeUtf8(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { badByte: firstInvalidUtf8Byte(bytes) };
  }
}
function firstInvalidUtf8Byte(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodesAsPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, Math.max(0, bytes.length - 1));
}
function decodesAsPrefix(prefix) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// src/load/read-file.ts
async function readBoundedBytes(absolute, maxBytes) {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, kind: "not-regular" };
    if (info.size > maxBytes) return { ok: false, kind: "too-large", size: info.size };
    const buffer = new Uint8Array(Math.min(maxBytes, info.size + 64 * 1024) + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, kind: "too-large", size: length };
      if (length === buffer.length) return { ok: false, kind: "unreadable", reason: "the file grew while it was read" };
    }
    return { ok: true, bytes: buffer.slice(0, length) };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await handle.close().catch(() => void 0);
  }
}
async function readBoundedText(absolute, maxBytes) {
  const read = await readBoundedBytes(absolute, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  return decoded.text === void 0 ? { ok: false, kind: "encoding", byte: decoded.badByte ?? 0 } : { ok: true, text: decoded.text };
}
function failureOf(error) {
  const code = error?.code;
  if (code === "ENOENT") return { kind: "not-found" };
  if (code === "ENXIO" || code === "ENODEV") return { kind: "not-regular" };
  const reason = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code ?? String(error);
  return { kind: "unreadable", reason };
}
function describeReadFailure(failure, maxBytes) {
  switch (failure.kind) {
    case "not-found":
      return "no such file";
    case "unreadable":
      return `cannot read: ${failure.reason}`;
    case "not-regular":
      return "not a regular file (a device, FIFO or socket)";
    case "too-large":
      return `the file has ${String(failure.size)} bytes or more; at most ${String(maxBytes)} are read`;
    case "encoding":
      return `byte ${String(failure.byte)} is not valid UTF-8; save the file as UTF-8`;
  }
}

// src/core/money/bundled-rates.ts
var BUNDLED_RATES_CSV = `Date,USD,GBP,
2023-05-12,1.0892,0.8702,
2022-05-23,1.0659,0.84783,
2022-05-20,1.0577,0.8482,
2022-05-19,1.0525,0.84728,
2022-05-18,1.0523,0.8467,
2022-05-17,1.0541,0.8440,
2021-07-15,1.1809,0.85188,
`;
function bundledRateTable() {
  const parsed = parseEcbRatesCsv(BUNDLED_RATES_CSV);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`the bundled rates are invalid at ${first?.line}:${first?.column}: ${first?.message}`);
  }
  return parsed.table;
}

export {
  parseEcbRatesCsv,
  findRate,
  checkSyntaxTree,
  findControlCharacters,
  decodeUtf8,
  readBoundedBytes,
  readBoundedText,
  describeReadFailure,
  bundledRateTable
};
