// Reading uploaded résumé files as a stream of rows: the upload is spooled to a temporary file
// (never held in memory), its format sniffed from its first bytes, and its rows read with
// exceljs's streaming WorkbookReader (.xlsx) or csv-parse (.csv in UTF-8 or GBK).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { CsvError, type Info, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n/messages';
import { detectTextEncoding, guessDelimiter, looksLikeText, type RawCell, rawCellOf } from './resume-import.parse';

export type SheetFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'gbk';

export type SpooledFile = { dir: string; path: string; size: number; format: SheetFormat };

export type SheetRow = { rowNumber: number; cells: RawCell[] };

/** Updated while rows are read: how far into the file the reader is, and the CSV encoding found. */
export type ReadProgress = { bytesRead: number; encoding: TextEncoding | null };

export function fileError(message: MessageKey, params?: Record<string, unknown>): AppError {
  return new AppError('validation_failed', { fields: [{ path: 'file', message, ...(params ? { params } : {}) }] });
}

const SNIFF_BYTES = 64 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function sniffFormat(path: string): Promise<SheetFormat> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(SNIFF_BYTES), position: 0 });
    const head = buffer.subarray(0, bytesRead);
    if (startsWith(head, ZIP_MAGIC)) return 'xlsx';
    // An old binary .xls (OLE2) or any other binary file is not something we read.
    if (startsWith(head, OLE2_MAGIC) || !looksLikeText(head)) throw fileError('resume_import.not_spreadsheet');
    return 'csv';
  } finally {
    await handle.close();
  }
}

/** Writes the request body to a private temporary folder, refusing bodies over `maxBytes`. */
export async function spoolUpload(body: Readable, maxBytes: number): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'qiao-import-'));
  const path = join(dir, 'upload');
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) {
        done(
          new AppError('payload_too_large', {
            fields: [{ path: 'file', message: 'resume_import.too_large', params: { max: Math.floor(maxBytes / 1024 / 1024) } }],
          }),
        );
      } else done(null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (size === 0) throw fileError('resume_import.file_required');
    return { dir, path, size, format: await sniffFormat(path) };
  } catch (error) {
    await removeSpooledFile({ dir });
    throw error;
  }
}

export async function removeSpooledFile(file: Pick<SpooledFile, 'dir'>): Promise<void> {
  await rm(file.dir, { recursive: true, force: true });
}

/** Counts the bytes that pass, for the progress bar. */
function counting(progress: ReadProgress): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress.bytesRead += chunk.length;
      done(null, chunk);
    },
  });
}

async function* decodeUtf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** The two parsing steps of exceljs's WorkbookReader that see the XML of cells. */
type ReaderInternals = {
  _parseWorksheet: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
  _parseSharedStrings: (entry: Readable) => AsyncGenerator<unknown>;
};
const BASE_READER = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/**
 * exceljs 4.4's streaming reader decodes every inflated chunk on its own (utils/parse-sax.js), so a
 * Chinese character that straddles two chunks turns into U+FFFD — about one cell in a few thousand.
 * Its XML parser takes text as it comes, so these overrides hand it text decoded across chunk
 * boundaries (measured: a 20 000-row file lost characters in ~10 rows without them).
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  *_parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    yield* BASE_READER._parseWorksheet.call(this, decodeUtf8Chunks(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    entry.setEncoding('utf8');
    return BASE_READER._parseSharedStrings.call(this, entry);
  }
}

/** Rows of the first worksheet, one at a time; other worksheets (such as the template's notes) are skipped. */
async function* readXlsxRows(file: SpooledFile, progress: ReadProgress): AsyncGenerator<SheetRow> {
  const source = createReadStream(file.path);
  const counted = source.pipe(counting(progress));
  const reader = new Utf8WorkbookReader(counted, {
    sharedStrings: 'cache',
    // Styles tell date cells from numbers; hyperlinks and other parts are not needed.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let hasSheet = false;
  try {
    for await (const sheet of reader) {
      if (hasSheet) continue;
      hasSheet = true;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: RawCell[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(rawCellOf(values[i]));
        yield { rowNumber: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A damaged zip, or a zip that is not a workbook.
    throw fileError('resume_import.not_spreadsheet');
  } finally {
    source.destroy();
  }
  if (!hasSheet) throw fileError('resume_import.not_spreadsheet');
}

type TextDecoderLike = { write: (bytes: Buffer) => string; end: () => string };

function decoderFor(encoding: TextEncoding): TextDecoderLike {
  if (encoding === 'gbk') {
    // GB18030 is a superset of GBK: files saved as "ANSI" by Chinese Windows read the same.
    const decoder = iconv.getDecoder('gb18030');
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
  }
  // The default decoder drops a leading BOM.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const guarded = (run: () => string) => {
    try {
      return run();
    } catch {
      throw fileError('resume_import.bad_encoding');
    }
  };
  return { write: (bytes) => guarded(() => decoder.decode(bytes, { stream: true })), end: () => guarded(() => decoder.decode()) };
}

/** Enough bytes after the first non-ASCII one to tell UTF-8 from GBK reliably. */
const DECIDE_BYTES = 64;

/**
 * Decodes CSV bytes as UTF-8 or GBK. ASCII reads the same in both, so the choice waits for the
 * first bytes that are not ASCII and is then kept for the whole file.
 */
async function* decodeText(bytes: AsyncIterable<Buffer>, progress: ReadProgress): AsyncGenerator<string> {
  let decoder: TextDecoderLike | null = null;
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of bytes) {
    progress.bytesRead += chunk.length;
    if (decoder) {
      yield decoder.write(chunk);
      continue;
    }
    const data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const first = data.findIndex((b) => b >= 0x80);
    if (first === -1) {
      pending = Buffer.alloc(0);
      yield data.toString('latin1');
      continue;
    }
    if (data.length - first < DECIDE_BYTES) {
      pending = data;
      continue;
    }
    progress.encoding = detectTextEncoding(data.subarray(first)) ?? 'utf-8';
    decoder = decoderFor(progress.encoding);
    pending = Buffer.alloc(0);
    yield decoder.write(data);
  }
  if (!decoder && pending.length) {
    progress.encoding = detectTextEncoding(pending) ?? 'utf-8';
    decoder = decoderFor(progress.encoding);
    yield decoder.write(pending);
  }
  progress.encoding ??= 'utf-8';
  if (decoder) yield decoder.end();
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* readCsvRows(file: SpooledFile, progress: ReadProgress): AsyncGenerator<SheetRow> {
  const source = createReadStream(file.path, { highWaterMark: SNIFF_BYTES });
  const text = decodeText(source, progress);
  try {
    let first = await text.next();
    while (!first.done && first.value === '') first = await text.next();
    if (first.done) return;
    const parser = parse({
      delimiter: guessDelimiter(first.value),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    });
    const feeding = pipeline(Readable.from(prepend(first.value, text)), parser);
    // A failure of the feeding side also fails the parser, and surfaces in the loop below.
    feeding.catch(() => undefined);
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
        yield { rowNumber: info.lines, cells: record };
      }
      await feeding;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof CsvError) throw fileError('resume_import.csv_malformed', { line: parser.info.lines });
      throw error;
    } finally {
      parser.destroy();
    }
  } finally {
    source.destroy();
  }
}

export function readSheetRows(file: SpooledFile, progress: ReadProgress): AsyncGenerator<SheetRow> {
  return file.format === 'xlsx' ? readXlsxRows(file, progress) : readCsvRows(file, progress);
}
