import ExcelJS from 'exceljs';
import { AppError } from './errors';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One column of an import/export sheet: its key in our records and the headers people type. */
export type SheetColumn = { key: string; header: string; headerEn: string; width?: number; required?: boolean };

/** A cell as text, whatever Excel stored in it (rich text, formula result, hyperlink, date …). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Reads the first worksheet into header-keyed rows; refuses files that are not workbooks or have no data. */
export async function readSheet(
  data: Buffer,
  columns: readonly SheetColumn[],
  maxRows: number,
): Promise<{ rowNumber: number; values: Record<string, ExcelJS.CellValue> }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', { fields: [{ path: 'file', message: 'import.not_spreadsheet' }] });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount < 2) {
    throw new AppError('validation_failed', { fields: [{ path: 'file', message: 'import.empty' }] });
  }
  const headerRow = sheet.getRow(1);
  const byHeader = new Map<string, string>();
  for (const c of columns) {
    byHeader.set(c.header, c.key);
    byHeader.set(c.headerEn.toLowerCase(), c.key);
    byHeader.set(c.key.toLowerCase(), c.key);
  }
  const keyOfColumn = new Map<number, string>();
  const unknown: string[] = [];
  headerRow.eachCell((cell, col) => {
    const label = cellText(cell.value).normalize('NFKC').replace(/[*＊\s]/g, '');
    if (!label) return;
    const key = byHeader.get(label) ?? byHeader.get(label.toLowerCase());
    if (key) keyOfColumn.set(col, key);
    else unknown.push(label);
  });
  if (unknown.length) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'file', message: 'import.unknown_headers', params: { headers: unknown.join('、') } }],
    });
  }
  const present = new Set(keyOfColumn.values());
  const missing = columns.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'file', message: 'import.missing_headers', params: { headers: missing.join('、') } }],
    });
  }
  const rows: { rowNumber: number; values: Record<string, ExcelJS.CellValue> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, ExcelJS.CellValue> = {};
    let hasValue = false;
    for (const [col, key] of keyOfColumn) {
      const value = row.getCell(col).value;
      values[key] = value;
      if (cellText(value).trim() !== '') hasValue = true;
    }
    if (hasValue) rows.push({ rowNumber, values });
  });
  if (rows.length === 0) throw new AppError('validation_failed', { fields: [{ path: 'file', message: 'import.empty' }] });
  if (rows.length > maxRows) {
    throw new AppError('validation_failed', { fields: [{ path: 'file', message: 'import.too_many_rows', params: { max: maxRows } }] });
  }
  return rows;
}

/** A workbook with one styled sheet: bold frozen header, column widths, auto-filter. */
export async function writeSheet(
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: Record<string, string | number | boolean | null>[],
  notes?: string[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qiao 桥';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) sheet.addRow(row);
  if (notes?.length) {
    const help = workbook.addWorksheet('说明 Notes');
    help.getColumn(1).width = 110;
    for (const line of notes) help.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
